import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { serviceDefinition, type entrepreneurshipV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  serviceTestEnv,
  startFakeIdentity,
  testNik,
  uniqueSuffix,
  waitFor,
  asCaller as as,
  grpcCode as code,
  grpcDetails as details,
  violatedFields as fields,
  refusal as fail,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { entrepreneurshipService } from '../src/entrepreneurship.module';
import { ministry, officer3373, partnerA, programBody } from './fixtures';

/**
 * A TKM group's mentor is checked with identity before it is stored (a fake identity answering GetSubjectStanding from
 * a table this test fills: a service's test may not start another service): an active account or client holding
 * TKM_MENTOR is taken; an unknown subject, an inactive one or one without the role is FAILED_PRECONDITION naming
 * mentorAccountId; identity not answering is UNAVAILABLE. A refusal stores nothing: no mentor, no audit entry, no event.
 */
describe('entrepreneurship: the mentor is an active TKM_MENTOR of identity (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'entrepreneurship'>;
  let drop: () => Promise<void>;
  let identity: FakeAccessLog;

  const mentorAccount = randomUUID();
  const mentorClient = `c_${uniqueSuffix()}`;
  const disabledMentor = randomUUID();
  const revokedMentorClient = `c_${uniqueSuffix()}`;
  const seeker = randomUUID();
  const unknown = randomUUID();

  beforeAll(async () => {
    const db = await createTestDatabase('tkm_mentor');
    drop = db.drop;
    identity = await startFakeIdentity(serviceDefinition('identity'));
    identity.subjects.set(mentorAccount, { roles: ['TKM_MENTOR'] });
    identity.subjects.set(mentorClient, { kind: 'CLIENT', roles: ['TKM_MENTOR'] });
    identity.subjects.set(disabledMentor, { roles: ['TKM_MENTOR'], active: false });
    identity.subjects.set(revokedMentorClient, { kind: 'CLIENT', roles: ['TKM_MENTOR'], active: false });
    identity.subjects.set(seeker, { roles: ['JOB_SEEKER'] });
    svc = await startService(entrepreneurshipService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: identity.url }));
    client = createServiceClient('entrepreneurship', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await identity?.stop();
    await drop?.();
  });
  afterEach(() => {
    identity.down = false;
    identity.standingDelayMs = 0;
  });

  const person = (birthDate: string, sex: 1 | 2): entrepreneurshipV1.NewGroupMember => ({
    nik: testNik('3373', birthDate, sex),
    name: 'Budi Santoso',
    birthDate,
    employmentStatus: 'JOB_SEEKER',
    residenceRegionCode: '33.73',
    educationLevel: 'SMK',
    leader: false,
  });
  let program: entrepreneurshipV1.Program;
  beforeAll(async () => {
    program = await client.createProgram(
      {
        program: programBody('M'),
      },
      ministry,
    );
  });
  let born = 0;
  const newGroup = () => {
    born += 2;
    const day = (n: number) => `19${String(70 + Math.floor(n / 28)).padStart(2, '0')}-05-${String(1 + (n % 28)).padStart(2, '0')}`;
    return client.createGroup(
      {
        group: { name: 'KUB Sumber Rejeki', programId: program.id, regionCode: '33.73' },
        members: [person(day(born), 1), person(day(born + 1), 2)],
      },
      partnerA,
    );
  };
  /** What the group holds of its mentor: the stored id, the audit entries and the events of an assignment. */
  const stored = async (groupId: string) => {
    const [{ mentor_account_id: mentor }] = await svc.dataSource.query(`SELECT mentor_account_id FROM tkm_groups WHERE id = $1`, [groupId]);
    const [{ n: audited }] = await svc.dataSource.query(
      `SELECT count(*)::int AS n FROM tkm_history WHERE aggregate_id = $1 AND action = 'MENTOR_ASSIGNED'`,
      [groupId],
    );
    const [{ n: events }] = await svc.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1 AND payload->'data'->>'change' = 'MENTOR_ASSIGNED'`,
      [groupId],
    );
    return { mentor, audited, events };
  };

  it('takes an active account or client holding TKM_MENTOR, asking identity as this service (not as the officer)', async () => {
    const g = await newGroup();
    const asked = identity.standingAsked.length;
    expect((await client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, officer3373)).mentorAccountId).toBe(
      mentorAccount,
    );
    expect(await stored(g.id)).toEqual({ mentor: mentorAccount, audited: 1, events: 1 });
    expect(identity.standingAsked.slice(asked)).toEqual([
      { subject: mentorAccount, caller: { sub: 'service:entrepreneurship', roles: [] } },
    ]);
    // the ministry replaces it with a client holding the role; the mentor then sees the group
    expect((await client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorClient }, ministry)).mentorAccountId).toBe(mentorClient);
    expect(await stored(g.id)).toEqual({ mentor: mentorClient, audited: 2, events: 2 });
    const mentor = as({ sub: mentorClient, clientId: mentorClient, roles: ['TKM_MENTOR'] });
    expect((await client.getGroup({ id: g.id }, mentor)).mentorAccountId).toBe(mentorClient);
  });

  it('gives a mentor to a group declared by its size (no member records), keeping its size (a 500 before: recounted to 0)', async () => {
    const g = await client.createGroup(
      {
        group: {
          name: 'KUB Ukuran',
          programKind: 'PROGRAM_KIND_PEMULA',
          regionCode: '33.73',
          memberCount: 5,
          businessField: 'Konveksi',
          businessPlan: { kbliCode: '14111', description: 'Konveksi seragam', locationRegionCode: '33.73' },
        },
        members: [],
      },
      officer3373,
    );
    const assigned = await client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, officer3373);
    expect([assigned.mentorAccountId, assigned.memberCount]).toEqual([mentorAccount, 5]);
    expect(await stored(g.id)).toEqual({ mentor: mentorAccount, audited: 1, events: 1 });
  });

  it('refuses an unknown subject, an inactive account or client, and one without TKM_MENTOR: FAILED_PRECONDITION naming mentorAccountId, nothing stored', async () => {
    const g = await newGroup();
    for (const subject of [unknown, 'acc-mentor-typo', disabledMentor, revokedMentorClient, seeker]) {
      const e = await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: subject }, officer3373));
      expect([subject, code(e), details(e), fields(e)]).toEqual([
        subject,
        status.FAILED_PRECONDITION,
        `mentorAccountId ${subject} is not an active TKM_MENTOR account`,
        ['mentorAccountId'],
      ]);
    }
    expect(await stored(g.id)).toEqual({ mentor: null, audited: 0, events: 0 });
    // a mentor already assigned stays when its replacement is refused
    await client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, officer3373);
    const e = await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: seeker }, officer3373));
    expect(code(e)).toBe(status.FAILED_PRECONDITION);
    expect(await stored(g.id)).toEqual({ mentor: mentorAccount, audited: 1, events: 1 });
  });

  it('is UNAVAILABLE while identity does not answer, and stores nothing', async () => {
    const g = await newGroup();
    identity.down = true;
    const e = await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, officer3373));
    expect([code(e), details(e)]).toEqual([
      status.UNAVAILABLE,
      'The identity service, which checks the mentor account, is unavailable: retry later',
    ]);
    expect(await stored(g.id)).toEqual({ mentor: null, audited: 0, events: 0 });
    identity.down = false;
    await client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, officer3373);
    expect(await stored(g.id)).toEqual({ mentor: mentorAccount, audited: 1, events: 1 });
  });

  it('is UNAVAILABLE when identity cannot be reached at all (a service started with a dead address)', async () => {
    const db = await createTestDatabase('tkm_mentor_noid');
    const lone = await startService(
      entrepreneurshipService,
      serviceTestEnv(db.url, { IDENTITY_GRPC_URL: '127.0.0.1:1', IDENTITY_DEADLINE_MS: '1000' }),
    );
    const c = createServiceClient('entrepreneurship', `127.0.0.1:${lone.grpcPort}`);
    try {
      const p = await c.createProgram(
        {
          program: programBody('N'),
        },
        ministry,
      );
      const g = await c.createGroup(
        {
          group: { name: 'KUB Sumber Rejeki', programId: p.id, regionCode: '33.73' },
          members: [person('1969-01-01', 1), person('1969-01-02', 2)],
        },
        partnerA,
      );
      const e = await fail(c.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, officer3373));
      expect(code(e)).toBe(status.UNAVAILABLE);
      const [{ mentor_account_id: mentor }] = await lone.dataSource.query(`SELECT mentor_account_id FROM tkm_groups WHERE id = $1`, [g.id]);
      expect(mentor).toBeNull();
    } finally {
      c.close();
      await lone.stop();
      await db.drop();
    }
  });

  it('asks identity only after its own checks, and holds no lock on the group while identity answers', async () => {
    const g = await newGroup();
    const asked = identity.standingAsked.length;
    // a partner may not assign, a malformed id is refused: identity is never asked for them
    expect(code(await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, partnerA)))).toBe(
      status.PERMISSION_DENIED,
    );
    expect(code(await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: 'a b' }, officer3373)))).toBe(
      status.INVALID_ARGUMENT,
    );
    expect(identity.standingAsked.length).toBe(asked);

    // a slow identity: while it answers, the group's row is free (another transaction locks it at once)
    identity.standingDelayMs = 1500;
    const assigning = client.assignGroupMentor({ groupId: g.id, mentorAccountId: mentorAccount }, officer3373);
    await waitFor(async () => identity.standingAsked.length > asked, { what: 'identity asked' });
    await svc.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL lock_timeout = '200ms'`);
      await m.query(`SELECT id FROM tkm_groups WHERE id = $1 FOR UPDATE`, [g.id]);
    });
    expect((await assigning).mentorAccountId).toBe(mentorAccount);

    // the group stopped while identity answered: checked again under the lock, refused, nothing stored
    const other = await newGroup();
    const before = identity.standingAsked.length;
    const late = fail(client.assignGroupMentor({ groupId: other.id, mentorAccountId: mentorAccount }, officer3373));
    await waitFor(async () => identity.standingAsked.length > before, { what: 'identity asked' });
    await client.stopGroup({ groupId: other.id, reason: 'Usaha tidak berjalan' }, partnerA);
    const e = await late;
    expect([code(e), details(e)]).toEqual([status.FAILED_PRECONDITION, `Group ${other.id} is STOPPED: it takes no mentor`]);
    expect(await stored(other.id)).toEqual({ mentor: null, audited: 0, events: 0 });
  });
});
