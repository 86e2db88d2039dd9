import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { serviceDefinition, type identityV1 } from '@siapkerja/contracts';

/** One access log entry as identity received it, with the caller metadata it came with. */
export type RecordedAccess = identityV1.AccessRecord__Output;

/**
 * Identity's RecordAccesses, alone, on a free port: the access log the certification service writes its reads of
 * unmasked personal data to (libs/privacy AccessLog). `failing` makes it refuse (the service must then not answer).
 */
export async function startFakeAccessLog(): Promise<{
  url: string;
  records: RecordedAccess[];
  failing: boolean;
  stop(): Promise<void>;
}> {
  const server = new Server();
  const state = {
    url: '',
    records: [] as RecordedAccess[],
    failing: false,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
  server.addService(serviceDefinition('identity'), {
    RecordAccesses: (
      call: ServerUnaryCall<identityV1.RecordAccessesRequest__Output, identityV1.RecordAccessesResponse>,
      done: sendUnaryData<identityV1.RecordAccessesResponse>,
    ) => {
      if (state.failing) return done({ code: status.UNAVAILABLE, details: 'access log down' });
      state.records.push(...call.request.records);
      done(null, { ids: call.request.records.map((_, i) => String(state.records.length - call.request.records.length + i + 1)) });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  state.url = `127.0.0.1:${port}`;
  return state;
}
