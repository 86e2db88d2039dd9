import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { serviceDefinition, type trainingV1 } from '@siapkerja/contracts';

/**
 * A stand-in for the training service's ListPrograms, for the jobs service's matching tests (a service's tests do not
 * start another service): a real gRPC server answering the programs given that teach any of the units asked for (every
 * other rpc UNIMPLEMENTED), keeping each request with the caller it came with. The end-to-end tests use the real one.
 */
export interface FakeTraining {
  /** host:port for TRAINING_GRPC_URL */
  url: string;
  /** the programs it knows, newest first */
  programs: trainingV1.Program[];
  /** every ListPrograms request received, with its x-caller metadata */
  requests: { competencyUnits: string[]; caller: string }[];
  /** while true every call fails (UNAVAILABLE) */
  down: boolean;
  stop(): Promise<void>;
}

export async function startFakeTraining(): Promise<FakeTraining> {
  const server = new Server();
  const fake: FakeTraining = {
    url: '',
    programs: [],
    requests: [],
    down: false,
    stop: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
  server.addService(serviceDefinition('training'), {
    ListPrograms: (
      call: ServerUnaryCall<trainingV1.ListProgramsRequest__Output, trainingV1.ListProgramsResponse>,
      done: sendUnaryData<trainingV1.ListProgramsResponse>,
    ) => {
      if (fake.down) return done({ code: status.UNAVAILABLE, details: 'training down' });
      const units = new Set(call.request.competencyUnits);
      fake.requests.push({
        competencyUnits: call.request.competencyUnits,
        caller: String(call.metadata.get(CALLER_METADATA_KEY)[0] ?? ''),
      });
      done(null, { programs: fake.programs.filter((p) => (p.competencyUnits ?? []).some((u) => units.has(u))), nextPageToken: '' });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  fake.url = `127.0.0.1:${port}`;
  return fake;
}
