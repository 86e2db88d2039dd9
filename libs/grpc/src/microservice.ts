import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import type { LoggerService, INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ServerGrpc, type GrpcOptions } from '@nestjs/microservices';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import { missingGrpcHandlers, PROTO_FILES, PROTO_LOADER_OPTIONS, protoRoot, SERVICE_NAMES, type ServiceKey } from '@siapkerja/contracts';
import type { Logger } from '@siapkerja/logging';
import { GrpcErrorFilter, runUnaryCall, SignedCallerGuard, type Admission, type CallObserver } from './nest';

const MAX_RECEIVE_BYTES = 8 * 1024 * 1024;

/**
 * Nest's gRPC transport, keeping the port it was bound to (port 0 picks a free one, as tests do), and running each
 * unary call in its correlation context with its metrics (runUnaryCall). Doing that here rather than in an interceptor
 * keeps Nest's interceptor chain off the hot path (measured: an interceptor cost ~25% more CPU per call).
 */
class BoundServerGrpc extends ServerGrpc {
  port = 0;
  constructor(
    options: GrpcOptions['options'],
    private readonly address: string,
    private readonly observe?: CallObserver,
    private readonly admit?: Admission,
  ) {
    super(options);
  }
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the signature of ServerGrpc
  override createUnaryServiceMethod(methodHandler: Function): Function {
    return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) =>
      runUnaryCall(
        call,
        callback,
        async () => this.transformToObservable(await methodHandler(call.request, call.metadata, call)),
        this.observe,
        this.admit,
      );
  }
  override async createClient(): Promise<Server> {
    const server = new Server({ 'grpc.max_receive_message_length': MAX_RECEIVE_BYTES });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(this.address, ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
    );
    return server;
  }
  get server(): Server | undefined {
    return this.grpcClient;
  }
}

export interface GrpcMicroserviceHandle {
  app: INestMicroservice;
  port: number;
  setServing(serving: boolean): void;
  /** stops serving: in-flight calls get up to 5 s */
  stopServing(): Promise<void>;
  /** stops serving, then closes the Nest application */
  stop(): Promise<void>;
}

/**
 * Starts `module` as a Nest microservice on `Transport.GRPC` serving `services` from proto/ (the loader options of
 * libs/contracts), with the standard health service (grpc.health.v1, NOT_SERVING until told otherwise) and server
 * reflection, both added through `onLoadPackageDefinition`; SignedCallerGuard and GrpcErrorFilter on every call.
 * Refuses to start unless `controllers` have a @GrpcMethod handler for every rpc of the services.
 */
export async function startGrpcMicroservice(opts: {
  module: Type<unknown>;
  services: ServiceKey[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  controllers: readonly Function[];
  port: number;
  host?: string;
  logger: Logger;
  nestLogger?: LoggerService | false;
  observe?: CallObserver;
  /** admission control: a reason to refuse a call at once (UNAVAILABLE), see Admission */
  admit?: Admission;
  /** shared secret: only callers signed with it are served (see signCaller in libs/authz) */
  callerSecret?: string;
}): Promise<GrpcMicroserviceHandle> {
  for (const key of opts.services) {
    const missing = missingGrpcHandlers(key, opts.controllers as never);
    if (missing.length) throw new Error(`${SERVICE_NAMES[key]}: no @GrpcMethod handler for ${missing.join(', ')}`);
  }
  const names = opts.services.map((k) => SERVICE_NAMES[k]);
  const health = new HealthImplementation({
    '': 'NOT_SERVING',
    ...Object.fromEntries(names.map((n) => [n, 'NOT_SERVING' as ServingStatus])),
  });
  const grpcOptions: GrpcOptions['options'] = {
    package: [...new Set(names.map((n) => n.slice(0, n.lastIndexOf('.'))))],
    protoPath: opts.services.map((k) => PROTO_FILES[k]),
    loader: { ...PROTO_LOADER_OPTIONS, includeDirs: [protoRoot()] } as GrpcOptions['options']['loader'],
    maxReceiveMessageLength: MAX_RECEIVE_BYTES,
    onLoadPackageDefinition: (pkg, server: Server) => {
      health.addToServer(server);
      new ReflectionService(pkg).addToServer(server);
    },
  };
  const strategy = new BoundServerGrpc(grpcOptions, `${opts.host ?? '0.0.0.0'}:${opts.port}`, opts.observe, opts.admit);
  const app = await NestFactory.createMicroservice(opts.module, {
    strategy,
    logger: opts.nestLogger ?? false,
    abortOnError: false,
  });
  if (opts.callerSecret) app.useGlobalGuards(new SignedCallerGuard(opts.callerSecret, opts.logger));
  app.useGlobalFilters(new GrpcErrorFilter(opts.logger));
  await app.listen();
  return {
    app,
    port: strategy.port,
    setServing(serving: boolean) {
      const st: ServingStatus = serving ? 'SERVING' : 'NOT_SERVING';
      health.setStatus('', st);
      for (const n of names) health.setStatus(n, st);
    },
    stopServing,
    async stop() {
      await stopServing();
      await app.close();
    },
  };
  async function stopServing() {
    const server = strategy.server;
    if (server) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 5000);
        server.tryShutdown(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}
