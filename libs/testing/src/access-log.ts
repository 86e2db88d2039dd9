import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition } from '@grpc/grpc-js';

/**
 * A stand-in for identity, for a service's integration tests (a service may not start another service): a real gRPC
 * server answering RecordAccesses (the access log, keeping what it was sent) and GetSubjectStanding (from `subjects`, a
 * table the test fills), every other rpc UNIMPLEMENTED. The end-to-end tests use the real identity service.
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

/** A subject identity knows (siapkerja.identity.v1.SubjectStanding without the subject): an account or an OAuth client. */
export interface FakeSubject {
  /** ACCOUNT (a UUID subject, the default) or CLIENT */
  kind?: 'ACCOUNT' | 'CLIENT';
  /** default true: an ACTIVE account, a client not revoked */
  active?: boolean;
  roles: string[];
  regionCode?: string;
}

/** One GetSubjectStanding the fake was asked: the subject, and the caller (x-caller metadata) it came with. */
export interface StandingAsked {
  subject: string;
  caller: { sub: string; roles: string[]; clientId?: string } | undefined;
}

export interface FakeAccessLog {
  /** host:port for IDENTITY_GRPC_URL */
  url: string;
  /** every record written, oldest first, with the actor and purpose the service sent */
  records: ReceivedAccess[];
  /**
   * while true identity is down: every write fails (UNAVAILABLE), and so does every GetSubjectStanding; the service must
   * then not answer with the data, nor store what it could not check
   */
  down: boolean;
  /** the subjects GetSubjectStanding knows (a subject missing here does not exist), by token subject */
  subjects: Map<string, FakeSubject>;
  /** every GetSubjectStanding asked, oldest first */
  standingAsked: StandingAsked[];
  /** GetSubjectStanding answers this many milliseconds late (a slow identity); default 0 */
  standingDelayMs: number;
  stop(): Promise<void>;
}

interface StandingAnswer {
  subject: string;
  kind: string;
  exists: boolean;
  active: boolean;
  roles: string[];
  regionCode: string;
}

function callerOf(call: ServerUnaryCall<unknown, unknown>): StandingAsked['caller'] {
  const raw = call.metadata.get('x-caller')[0];
  if (typeof raw !== 'string') return undefined;
  try {
    const c = JSON.parse(raw) as { sub?: unknown; roles?: unknown; clientId?: unknown };
    if (typeof c.sub !== 'string') return undefined;
    return {
      sub: c.sub,
      roles: Array.isArray(c.roles) ? c.roles.map(String) : [],
      ...(typeof c.clientId === 'string' ? { clientId: c.clientId } : {}),
    };
  } catch {
    return undefined;
  }
}

/** `identity`: the identity service's definition (`serviceDefinition('identity')` of @siapkerja/contracts). */
export async function startFakeAccessLog(identity: ServiceDefinition): Promise<FakeAccessLog> {
  const server = new Server();
  const log: FakeAccessLog = {
    url: '',
    records: [],
    down: false,
    subjects: new Map(),
    standingAsked: [],
    standingDelayMs: 0,
    stop: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
  server.addService(identity, {
    RecordAccesses: (call: ServerUnaryCall<{ records: ReceivedAccess[] }, { ids: string[] }>, done: sendUnaryData<{ ids: string[] }>) => {
      if (log.down) return done({ code: status.UNAVAILABLE, details: 'access log down' });
      log.records.push(...call.request.records);
      done(null, { ids: call.request.records.map(() => randomUUID()) });
    },
    // as identity answers it: for the platform's services only (a caller `service:*` without a client id)
    GetSubjectStanding: (call: ServerUnaryCall<{ subject: string }, StandingAnswer>, done: sendUnaryData<StandingAnswer>) => {
      const caller = callerOf(call);
      log.standingAsked.push({ subject: call.request.subject, caller });
      if (log.standingDelayMs > 0) setTimeout(() => answerStanding(call, done), log.standingDelayMs);
      else answerStanding(call, done);
    },
  });
  function answerStanding(call: ServerUnaryCall<{ subject: string }, StandingAnswer>, done: sendUnaryData<StandingAnswer>): void {
    const caller = callerOf(call);
    if (log.down) return done({ code: status.UNAVAILABLE, details: 'identity down' });
    if (!caller || !caller.sub.startsWith('service:') || caller.clientId)
      return done({ code: status.PERMISSION_DENIED, details: "Only the platform's services ask how a subject stands" });
    const subject = call.request.subject;
    const known = log.subjects.get(subject);
    done(
      null,
      known
        ? {
            subject,
            kind: known.kind ?? 'ACCOUNT',
            exists: true,
            active: known.active ?? true,
            roles: known.roles,
            regionCode: known.regionCode ?? '',
          }
        : { subject, kind: '', exists: false, active: false, roles: [], regionCode: '' },
    );
  }
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  log.url = `127.0.0.1:${port}`;
  return log;
}

/** The fake identity under its wider name: the access log and the standing of subjects (startFakeAccessLog itself). */
export const startFakeIdentity = startFakeAccessLog;
