import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { serviceDefinition, type identityV1 } from '@siapkerja/contracts';

/**
 * A stand-in for identity's access log, for a service's integration tests (a service may not start another service):
 * a real gRPC server answering RecordAccesses only (every other rpc UNIMPLEMENTED), keeping what it was sent. The
 * end-to-end tests use the real identity service.
 */
export interface FakeAccessLog {
  /** host:port for IDENTITY_GRPC_URL */
  url: string;
  /** every record written, oldest first, with the actor and purpose the service sent */
  records: identityV1.AccessRecord__Output[];
  /** while true every write fails (UNAVAILABLE): the service must then not answer with the data */
  down: boolean;
  stop(): Promise<void>;
}

export async function startFakeAccessLog(): Promise<FakeAccessLog> {
  const server = new Server();
  const log: FakeAccessLog = {
    url: '',
    records: [],
    down: false,
    stop: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
  server.addService(serviceDefinition('identity'), {
    RecordAccesses: (
      call: ServerUnaryCall<identityV1.RecordAccessesRequest__Output, identityV1.RecordAccessesResponse>,
      done: sendUnaryData<identityV1.RecordAccessesResponse>,
    ) => {
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
