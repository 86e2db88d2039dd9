import fs from 'node:fs';
import path from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import { loadPackageDefinition, type GrpcObject, type ServiceClientConstructor } from '@grpc/grpc-js';

/** The same options the TypeScript types were generated with (tools/gen-proto-types.js). */
export const PROTO_LOADER_OPTIONS: protoLoader.Options = { keepCase: false, longs: String, enums: String, defaults: true, oneofs: true };

export const PROTO_FILES = {
  jobs: 'siapkerja/jobs/v1/jobs.proto',
  training: 'siapkerja/training/v1/training.proto',
  certification: 'siapkerja/certification/v1/certification.proto',
  placement: 'siapkerja/placement/v1/placement.proto',
  entrepreneurship: 'siapkerja/entrepreneurship/v1/entrepreneurship.proto',
  integration: 'siapkerja/integration/v1/integration.proto',
  identity: 'siapkerja/identity/v1/identity.proto',
} as const;

export const SERVICE_NAMES = {
  jobs: 'siapkerja.jobs.v1.JobsService',
  training: 'siapkerja.training.v1.TrainingService',
  certification: 'siapkerja.certification.v1.CertificationService',
  placement: 'siapkerja.placement.v1.PlacementService',
  entrepreneurship: 'siapkerja.entrepreneurship.v1.EntrepreneurshipService',
  integration: 'siapkerja.integration.v1.IntegrationService',
  identity: 'siapkerja.identity.v1.IdentityService',
} as const;

export type ServiceKey = keyof typeof PROTO_FILES;

let cachedRoot: string | undefined;
/** proto/ at the repository (or image) root, found by walking up from this file or from PROTO_ROOT. */
export function protoRoot(): string {
  if (cachedRoot) return cachedRoot;
  if (process.env.PROTO_ROOT) return (cachedRoot = process.env.PROTO_ROOT);
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'proto');
    if (fs.existsSync(path.join(candidate, 'siapkerja'))) return (cachedRoot = candidate);
  }
  throw new Error('proto/ directory not found; set PROTO_ROOT');
}

const cache = new Map<string, protoLoader.PackageDefinition>();
export function loadProto(key: ServiceKey): protoLoader.PackageDefinition {
  let def = cache.get(key);
  if (!def) {
    def = protoLoader.loadSync(PROTO_FILES[key], { ...PROTO_LOADER_OPTIONS, includeDirs: [protoRoot()] });
    cache.set(key, def);
  }
  return def;
}

/** The service definition (method table) for a server. */
export function serviceDefinition(key: ServiceKey): protoLoader.ServiceDefinition {
  return loadProto(key)[SERVICE_NAMES[key]] as protoLoader.ServiceDefinition;
}

/** The generated client constructor for a service. */
export function clientConstructor(key: ServiceKey): ServiceClientConstructor {
  const obj = loadPackageDefinition(loadProto(key));
  let node: GrpcObject | ServiceClientConstructor = obj;
  for (const part of SERVICE_NAMES[key].split('.')) node = (node as GrpcObject)[part] as GrpcObject;
  return node as unknown as ServiceClientConstructor;
}

/** Default ports: gRPC and the ops HTTP server (metrics, health) of each service. */
export const DEFAULT_PORTS: Record<ServiceKey, { grpc: number; ops: number }> = {
  jobs: { grpc: 50051, ops: 9101 },
  training: { grpc: 50052, ops: 9102 },
  certification: { grpc: 50053, ops: 9103 },
  placement: { grpc: 50054, ops: 9104 },
  entrepreneurship: { grpc: 50055, ops: 9105 },
  integration: { grpc: 50057, ops: 9107 },
  identity: { grpc: 50056, ops: 9106 },
};
