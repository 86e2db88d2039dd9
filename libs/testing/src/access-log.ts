import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition } from '@grpc/grpc-js';

/**
 * A stand-in for identity's access log, for a service's integration tests (a service may not start another service):
 * a real gRPC server answering RecordAccesses only (every other rpc UNIMPLEMENTED), keeping what it was sent. The
 * end-to-end tests use the real identity service.
 */
/** One access-log record as identity receives it (siapkerja.identity.v1.AccessRecord). */
export interface ReceivedAccess {
  actor: { sub: string; clientId: string; roles: string[]; regionCode: string } | null;
  resourceType: string;
  resourceId: string;
  fields: string[];
  subjectPersonId: string;
  purpose: string;
}

export interface FakeAccessLog {
  /** host:port for IDENTITY_GRPC_URL */
  url: string;
  /** every record written, oldest first, with the actor and purpose the service sent */
  records: ReceivedAccess[];
  /** while true every write fails (UNAVAILABLE): the service must then not answer with the data */
  down: boolean;
  stop(): Promise<void>;
}

/** `identity`: the identity service's definition (`serviceDefinition('identity')` of @siapkerja/contracts). */
export async function startFakeAccessLog(identity: ServiceDefinition): Promise<FakeAccessLog> {
  const server = new Server();
  const log: FakeAccessLog = {
    url: '',
    records: [],
    down: false,
    stop: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
  server.addService(identity, {
    RecordAccesses: (call: ServerUnaryCall<{ records: ReceivedAccess[] }, { ids: string[] }>, done: sendUnaryData<{ ids: string[] }>) => {
      if (log.down) return done({ code: status.UNAVAILABLE, details: 'access log down' });
      log.records.push(...call.request.records);
      done(null, { ids: call.request.records.map(() => randomUUID()) });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  log.url = `127.0.0.1:${port}`;
  return log;
}
