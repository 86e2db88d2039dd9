import {
  Server,
  ServerCredentials,
  status,
  type Metadata,
  type ServerUnaryCall,
  type sendUnaryData,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type { PackageDefinition, ServiceDefinition } from '@grpc/proto-loader';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import { ReflectionService } from '@grpc/reflection';
import { CALLER_METADATA_KEY, CALLER_SIGNATURE_KEY, parseCaller, verifyCallerSignature, type Caller } from '@siapkerja/authz';
import { findUnstorableString, invalid, toGrpcError } from '@siapkerja/errors';
import { acceptCorrelationId, CORRELATION_HEADER, runWithContext, type Logger } from '@siapkerja/logging';

export interface CallContext {
  metadata: Metadata;
  correlationId: string;
  deadline: number;
  method: string;
  /** the authenticated caller the gateway forwarded, if any */
  caller?: Caller;
}

export type UnaryHandler = (request: never, ctx: CallContext) => Promise<unknown>;

export interface ServiceRegistration {
  /** fully-qualified service name, e.g. siapkerja.jobs.v1.JobsService */
  name: string;
  definition: ServiceDefinition;
  packageDefinition: PackageDefinition;
  /** methods by their proto name (CreateVacancy) */
  handlers: Record<string, UnaryHandler>;
}

export interface CallObserver {
  (method: string, code: status, seconds: number): void;
}

/**
 * Wraps a unary handler: correlation id from metadata into the async context, errors mapped to gRPC status.
 * With `callerSecret`, every call must carry a caller signed with it (UNAUTHENTICATED otherwise).
 */
export function wrapUnary(method: string, handler: UnaryHandler, logger: Logger, observe?: CallObserver, callerSecret?: string) {
  return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    const started = process.hrtime.bigint();
    const correlationId = acceptCorrelationId(call.metadata.get(CORRELATION_HEADER)[0]);
    const deadline = call.getDeadline();
    const rawCaller = call.metadata.get(CALLER_METADATA_KEY)[0];
    if (
      callerSecret &&
      !(typeof rawCaller === 'string' && verifyCallerSignature(rawCaller, call.metadata.get(CALLER_SIGNATURE_KEY)[0], callerSecret))
    ) {
      logger.warn({ method, correlationId, hasCaller: rawCaller !== undefined }, 'gRPC call refused: caller missing or not signed');
      observe?.(method, status.UNAUTHENTICATED, Number(process.hrtime.bigint() - started) / 1e9);
      callback({ code: status.UNAUTHENTICATED, details: 'The caller is missing or its signature is invalid or stale' } as never, null);
      return;
    }
    const caller = parseCaller(rawCaller);
    const ctx: CallContext = {
      metadata: call.metadata,
      correlationId,
      deadline: deadline instanceof Date ? deadline.getTime() : Number(deadline),
      method,
      caller,
    };
    runWithContext({ correlationId, caller: caller as Record<string, unknown> | undefined }, () => {
      // every request is refused INVALID_ARGUMENT, naming the field, when a string in it cannot be stored (NUL, lone surrogate)
      const unstorable = findUnstorableString(call.request);
      (unstorable
        ? Promise.reject(invalid([unstorable], 'The request has a string that cannot be stored'))
        : handler(call.request as never, ctx)
      ).then(
        (response) => {
          observe?.(method, status.OK, Number(process.hrtime.bigint() - started) / 1e9);
          callback(null, response);
        },
        (err: unknown) => {
          const mapped = toGrpcError(err);
          if (mapped.code === status.INTERNAL) logger.error({ method, err }, 'gRPC handler failed');
          else logger.info({ method, code: status[mapped.code], detail: mapped.details }, 'gRPC call refused');
          observe?.(method, mapped.code, Number(process.hrtime.bigint() - started) / 1e9);
          callback(mapped as never, null);
        },
      );
    });
  };
}

export interface GrpcServerHandle {
  server: Server;
  port: number;
  setServing(serving: boolean): void;
  stop(): Promise<void>;
}

/**
 * Starts a gRPC server with the given services, the standard health service (grpc.health.v1,
 * NOT_SERVING until told otherwise) and server reflection.
 */
export async function startGrpcServer(opts: {
  services: ServiceRegistration[];
  port: number;
  host?: string;
  logger: Logger;
  observe?: CallObserver;
  /** shared secret: only callers signed with it are served (see signCaller in libs/authz) */
  callerSecret?: string;
}): Promise<GrpcServerHandle> {
  const server = new Server({ 'grpc.max_receive_message_length': 8 * 1024 * 1024 });
  const health = new HealthImplementation({
    '': 'NOT_SERVING',
    ...Object.fromEntries(opts.services.map((s) => [s.name, 'NOT_SERVING' as ServingStatus])),
  });
  health.addToServer(server);
  for (const s of opts.services) {
    const impl: UntypedServiceImplementation = {};
    for (const [name, method] of Object.entries(s.definition)) {
      const handler = s.handlers[name];
      if (!handler) throw new Error(`${s.name}.${name} has no handler`);
      if (method.requestStream || method.responseStream) throw new Error(`${s.name}.${name}: only unary methods are supported`);
      impl[name] = wrapUnary(`${s.name}/${name}`, handler, opts.logger, opts.observe, opts.callerSecret);
    }
    server.addService(s.definition, impl);
    new ReflectionService(s.packageDefinition).addToServer(server);
  }
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${opts.host ?? '0.0.0.0'}:${opts.port}`, ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    server,
    port,
    setServing(serving: boolean) {
      const st: ServingStatus = serving ? 'SERVING' : 'NOT_SERVING';
      health.setStatus('', st);
      for (const s of opts.services) health.setStatus(s.name, st);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 5000);
        server.tryShutdown(() => {
          clearTimeout(t);
          resolve();
        });
      }),
  };
}
