import { credentials, Metadata, status, type Client, type ServiceClientConstructor, type ServiceError } from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { loadPackageDefinition, type GrpcObject } from '@grpc/grpc-js';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { CALLER_METADATA_KEY, CALLER_SIGNATURE_KEY, CallerSigner, serviceCaller } from '@siapkerja/authz';
import { asciiJsonText } from '@siapkerja/errors';
import { correlationId, CORRELATION_HEADER, currentContext } from '@siapkerja/logging';

import { clientConstructor, rpcNames, type CallOptions, type ClientOf, type ServiceKey } from '@siapkerja/contracts';

export type { CallOptions };

export interface ClientOptions {
  deadlineMs?: number;
  retries?: number;
  retryBackoffMs?: number;
  /**
   * Secret shared with the services (CALLER_SIGNING_SECRET): the caller metadata of every call is signed with it; a call
   * without a caller presents `callerName` as a service caller without roles.
   */
  callerSecret?: string;
  callerName?: string;
}

type UnaryFn = (
  req: unknown,
  md: Metadata,
  opts: { deadline: Date },
  cb: (err: ServiceError | null, res: unknown) => void,
) => { on(event: 'metadata', listener: (md: Metadata) => void): unknown };

/**
 * Metadata of a create a service makes once per client key (libs/persistence `onceByRequestId`): the request's hash,
 * sent by the gateway, and the service's answer that it returned an earlier request's record (a replay).
 */
export const IDEMPOTENCY_HASH_METADATA = 'x-request-hash';
export const IDEMPOTENT_REPLAYED_METADATA = 'x-idempotent-replayed';

/** A retry is not sent with less time than this left before the call's deadline (the last error is the answer). */
const MIN_ATTEMPT_MS = 50;

/**
 * A unary gRPC client: a deadline on every call, the correlation id of the current context in metadata, the caller
 * signed, retries with backoff only for idempotent methods on UNAVAILABLE. Services are called through the typed
 * `createServiceClient`, which is built on it.
 */
export class GrpcClient<Methods extends Record<string, (req: never) => unknown>> {
  readonly raw: Client;
  private readonly signer?: CallerSigner;

  constructor(
    Ctor: ServiceClientConstructor,
    readonly address: string,
    private readonly opts: ClientOptions = {},
  ) {
    if (opts.callerSecret) this.signer = new CallerSigner(opts.callerSecret);
    this.raw = new Ctor(address, credentials.createInsecure(), {
      'grpc.keepalive_time_ms': 30000,
      'grpc.initial_reconnect_backoff_ms': 200,
      'grpc.max_reconnect_backoff_ms': 2000,
    });
  }

  async call<M extends keyof Methods & string>(
    method: M,
    request: Parameters<Methods[M]>[0],
    callOpts: CallOptions = {},
  ): Promise<ReturnType<Methods[M]>> {
    const attempts = callOpts.idempotent ? 1 + (this.opts.retries ?? 2) : 1;
    // one deadline for the call, whatever its attempts: a retry gets the time left, never a deadline of its own (a service
    // that refused an attempt as overloaded shortly before the deadline is not asked again with a fresh one, and the
    // caller's answer never comes later than the deadline it was given)
    const deadline = Date.now() + (callOpts.deadlineMs ?? this.opts.deadlineMs ?? 5000);
    let lastErr: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return (await this.once(method, request, callOpts, deadline)) as ReturnType<Methods[M]>;
      } catch (e) {
        lastErr = e;
        if ((e as ServiceError).code !== status.UNAVAILABLE || attempt === attempts) throw e;
        const backoff = (this.opts.retryBackoffMs ?? 100) * 2 ** (attempt - 1);
        if (Date.now() + backoff + MIN_ATTEMPT_MS > deadline) throw e;
        await new Promise((r) => setTimeout(r, backoff));
      }
    }
    throw lastErr;
  }

  private once(method: string, request: unknown, callOpts: CallOptions, deadlineAt: number): Promise<unknown> {
    const md = new Metadata();
    const corr = correlationId();
    if (corr) md.set(CORRELATION_HEADER, corr);
    // the caller's JSON in printable ASCII, as text metadata must be (grpc-js throws otherwise): a header it repeats
    // (X-Purpose) may hold any byte, and the service must refuse it by name, not fail
    for (const [k, v] of Object.entries(callOpts.metadata ?? {})) md.set(k, k === CALLER_METADATA_KEY ? asciiJsonText(v) : v);
    if (this.signer) {
      const callerJson = asciiJsonText(callOpts.metadata?.[CALLER_METADATA_KEY] ?? serviceCaller(this.opts.callerName ?? 'unknown'));
      md.set(CALLER_METADATA_KEY, callerJson);
      md.set(CALLER_SIGNATURE_KEY, this.signer.sign(callerJson));
    }
    // the gateway's request with an Idempotency-Key the service honours: its hash goes along, a replay comes back
    const idempotency = currentContext()?.idempotency;
    const forward = idempotency?.forward ? idempotency : undefined;
    if (forward) md.set(IDEMPOTENCY_HASH_METADATA, forward.hash);
    const deadline = new Date(deadlineAt);
    const fn = (this.raw as unknown as Record<string, UnaryFn>)[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`unknown gRPC method ${method}`));
    return new Promise((resolve, reject) => {
      const call = fn.call(this.raw, request, md, { deadline }, (err, res) => (err ? reject(err) : resolve(res)));
      if (forward)
        call.on('metadata', (head: Metadata) => {
          if (head.get(IDEMPOTENT_REPLAYED_METADATA)[0] === 'true') forward.replayed = true;
        });
    });
  }

  close(): void {
    this.raw.close();
  }
}

/** A typed client of one service: a method per rpc of its generated definition (`getVacancy(req, opts)`). */
export type ServiceClient<K extends ServiceKey> = ClientOf<K> & { readonly address: string; close(): void };

const uncapitalize = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The client of service `key`, its methods made from the rpcs of the loaded service definition and typed from the
 * generated one (GrpcClientOf): renaming an rpc breaks every caller's build.
 */
export function createServiceClient<K extends ServiceKey>(key: K, address: string, opts: ClientOptions = {}): ServiceClient<K> {
  const client = new GrpcClient<Record<string, (req: never) => unknown>>(clientConstructor(key), address, opts);
  const typed: Record<string, unknown> = { address, close: () => client.close() };
  for (const rpc of rpcNames(key)) {
    typed[uncapitalize(rpc)] = (request: unknown, callOpts?: CallOptions) => client.call(rpc, request as never, callOpts);
  }
  return typed as ServiceClient<K>;
}

let HealthCtor: ServiceClientConstructor | undefined;
function healthCtor(): ServiceClientConstructor {
  if (!HealthCtor) {
    const pkg = loadPackageDefinition(
      protoLoader.loadSync(healthProtoPath, { keepCase: true, longs: String, enums: String, defaults: true }),
    ) as GrpcObject;
    HealthCtor = (((pkg.grpc as GrpcObject).health as GrpcObject).v1 as GrpcObject).Health as ServiceClientConstructor;
  }
  return HealthCtor;
}

/** grpc.health.v1 client. */
export class HealthClient {
  private readonly client: GrpcClient<{ check: (r: { service: string }) => { status: string } }>;
  constructor(address: string) {
    this.client = new GrpcClient(healthCtor(), address, { deadlineMs: 1500 });
  }
  async check(service = '', deadlineMs = 1500): Promise<string> {
    try {
      const r = await this.client.call('check', { service }, { deadlineMs });
      return r.status;
    } catch (e) {
      return (e as ServiceError).code === status.NOT_FOUND ? 'SERVICE_UNKNOWN' : 'UNREACHABLE';
    }
  }
  close(): void {
    this.client.close();
  }
}
