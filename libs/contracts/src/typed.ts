import 'reflect-metadata';
import type { Metadata } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { GrpcMethod } from '@nestjs/microservices';
import type * as certificationV1 from './generated/siapkerja/certification/v1';
import type * as entrepreneurshipV1 from './generated/siapkerja/entrepreneurship/v1';
import type * as identityV1 from './generated/siapkerja/identity/v1';
import type * as integrationV1 from './generated/siapkerja/integration/v1';
import type * as jobsV1 from './generated/siapkerja/jobs/v1';
import type * as placementV1 from './generated/siapkerja/placement/v1';
import type * as trainingV1 from './generated/siapkerja/training/v1';
import { SERVICE_NAMES, serviceDefinition, type ServiceKey } from './protos';

/**
 * Typed contracts, derived from the `...ServiceDefinition` interfaces proto-loader-gen-types writes into generated/
 * (`npm run gen`): no hand-written method table. Renaming an rpc in a proto and regenerating breaks the build of the
 * controllers implementing it and of every caller.
 */

/** Options of one client call (deadline, retries, extra metadata such as the signed caller). */
export interface CallOptions {
  /** per-call deadline; every call has one */
  deadlineMs?: number;
  /** only idempotent methods are retried, and only on UNAVAILABLE */
  idempotent?: boolean;
  metadata?: Record<string, string>;
}

/** The rpc names of a generated service definition (its index signature removed). */
export type RpcName<Def> = keyof { [K in keyof Def as string extends K ? never : number extends K ? never : K]: Def[K] } & string;

/** What a server implements: `getVacancy(request: GetVacancyRequest__Output, metadata) => Promise<Vacancy>` per rpc. */
export type GrpcServerOf<Def> = {
  [K in RpcName<Def> as Uncapitalize<K>]: Def[K] extends MethodDefinition<any, infer Res, infer ReqOut, any>
    ? (request: ReqOut, metadata: Metadata) => Promise<Res>
    : never;
};

/** What a client offers: `getVacancy(request: GetVacancyRequest, options?) => Promise<Vacancy__Output>` per rpc. */
export type GrpcClientOf<Def> = {
  [K in RpcName<Def> as Uncapitalize<K>]: Def[K] extends MethodDefinition<infer Req, any, any, infer ResOut>
    ? (request: Req, options?: CallOptions) => Promise<ResOut>
    : never;
};

/** The generated definition of each service. */
export interface ServiceDefinitions {
  jobs: jobsV1.JobsServiceDefinition;
  training: trainingV1.TrainingServiceDefinition;
  certification: certificationV1.CertificationServiceDefinition;
  placement: placementV1.PlacementServiceDefinition;
  entrepreneurship: entrepreneurshipV1.EntrepreneurshipServiceDefinition;
  integration: integrationV1.IntegrationServiceDefinition;
  identity: identityV1.IdentityServiceDefinition;
}
export type ServerOf<K extends ServiceKey> = GrpcServerOf<ServiceDefinitions[K]>;
export type ClientOf<K extends ServiceKey> = GrpcClientOf<ServiceDefinitions[K]>;

/** A controller serving part of a service (one per aggregate): each method it has is checked against the contract. */
export type GrpcControllerOf<K extends ServiceKey> = Partial<ServerOf<K>>;

type Ctor = abstract new (...args: any[]) => object;
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Served<C extends readonly Ctor[]> = Intersect<InstanceType<C[number]>>;
type Missing<K extends ServiceKey, C extends readonly Ctor[]> = Exclude<keyof ServerOf<K>, keyof Served<C>>;

/**
 * The controllers that together serve service `key`: the type checker refuses the list unless every rpc of the
 * generated definition has a method with its request and response types (`missingRpcs` names what is missing).
 */
export function serviceControllers<K extends ServiceKey>(_key: K) {
  return <C extends Ctor[]>(
    ...controllers: C &
      ([Missing<K, C>] extends [never]
        ? Served<C> extends ServerOf<K>
          ? unknown
          : { wrongSignatures: ServerOf<K> }
        : { missingRpcs: Missing<K, C> })
  ): C => controllers;
}

const uncapitalize = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The rpc names of a service as loaded from proto/ at run time. */
export function rpcNames(key: ServiceKey): string[] {
  return Object.keys(serviceDefinition(key));
}

/**
 * Class decorator of a gRPC controller: applies `@GrpcMethod('<Service>', '<Rpc>')` to every method named after an
 * rpc of service `key` (`getVacancy` serves `GetVacancy`), like ts-proto's `ControllerMethods`.
 */
export function GrpcService(key: ServiceKey): ClassDecorator {
  const service = SERVICE_NAMES[key].split('.').pop()!;
  return (target) => {
    const proto = (target as unknown as { prototype: Record<string, unknown> }).prototype;
    for (const rpc of rpcNames(key)) {
      const method = uncapitalize(rpc);
      const descriptor = Object.getOwnPropertyDescriptor(proto, method);
      if (!descriptor || typeof descriptor.value !== 'function') continue;
      GrpcMethod(service, rpc)(proto, method, descriptor);
      Object.defineProperty(proto, method, descriptor);
    }
  };
}

const PATTERN_METADATA = 'microservices:pattern';

/** The rpcs of service `key` that none of `controllers` serves with a @GrpcMethod handler (empty when complete). */
export function missingGrpcHandlers(key: ServiceKey, controllers: readonly Ctor[]): string[] {
  const service = SERVICE_NAMES[key].split('.').pop()!;
  const served = new Set<string>();
  for (const c of controllers) {
    const proto = c.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const fn = proto[name];
      if (typeof fn !== 'function') continue;
      const patterns = (Reflect.getMetadata(PATTERN_METADATA, fn) ?? []) as { service?: string; rpc?: string }[];
      for (const p of patterns) if (p.service === service && p.rpc) served.add(p.rpc);
    }
  }
  return rpcNames(key).filter((rpc) => !served.has(rpc));
}
