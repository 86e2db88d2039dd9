import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { clientConstructor, type identityV1 } from '@siapkerja/contracts';

/** One access-log entry the jobs service wrote, with the caller it wrote it as. */
export type LoggedAccess = identityV1.AccessRecord__Output & { caller: Record<string, unknown> };

/**
 * Identity's access log of unmasked personal data, as far as the jobs service uses it (RecordAccesses): the entries written
 * are kept for the test to read; every other rpc is UNIMPLEMENTED. `failing` makes it refuse (the log cannot be written).
 */
export async function startAccessLogStub(): Promise<{ url: string; entries: LoggedAccess[]; failing: boolean; stop(): Promise<void> }> {
  const entries: LoggedAccess[] = [];
  const server = new Server();
  const definition = clientConstructor('identity').service;
  const stub = { url: '', entries, failing: false, stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())) };
  const handlers = Object.fromEntries(
    Object.keys(definition).map((rpc) => [
      rpc,
      (
        call: ServerUnaryCall<identityV1.RecordAccessesRequest__Output, unknown>,
        done: sendUnaryData<identityV1.RecordAccessesResponse>,
      ) => {
        if (rpc !== 'RecordAccesses') return done({ code: status.UNIMPLEMENTED, details: `${rpc} is not stubbed` });
        if (stub.failing) return done({ code: status.UNAVAILABLE, details: 'the access log is down' });
        const caller = JSON.parse(String(call.metadata.get('x-caller')[0] ?? '{}')) as Record<string, unknown>;
        const from = entries.length;
        entries.push(...call.request.records.map((r) => ({ ...r, caller })));
        done(null, { ids: call.request.records.map((_, i) => `access-${from + i}`) });
      },
    ]),
  );
  server.addService(definition, handlers);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  stub.url = `127.0.0.1:${port}`;
  return stub;
}

/**
 * A caller as the gateway forwards it (call options with the x-caller metadata): the token's scopes unless given (a
 * person's jobs:read, anyone else's jobs:read and jobs:write) and, for a Disnaker officer, the purpose of reads in clear
 * (X-Purpose, which officers must state).
 */
export function gatewayCaller(c: Record<string, unknown>): { metadata: Record<string, string> } {
  const roles = (c.roles as string[] | undefined) ?? [];
  const person = roles.includes('JOB_SEEKER');
  const officer = roles.some((r) => r === 'DISNAKER_REGENCY' || r === 'DISNAKER_PROVINCE');
  const caller = {
    scopes: person ? ['jobs:read'] : ['jobs:read', 'jobs:write'],
    ...(officer ? { purpose: 'PLACEMENT_SERVICE' } : {}),
    ...c,
  };
  return { metadata: { 'x-caller': JSON.stringify(caller) } };
}
