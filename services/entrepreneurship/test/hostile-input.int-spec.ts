import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { serviceDefinition, type entrepreneurshipV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  serviceTestEnv,
  startFakeIdentity,
  testNik,
  type FakeAccessLog,
  uniqueSuffix,
  grpcCode as code,
  grpcDetails as details,
  violatedFields as fields,
  refusal as fail,
} from '@siapkerja/testing';
import { entrepreneurshipService } from '../src/entrepreneurship.module';
import { mentor, ministry, officer3373, officer3374, partnerA, partnerB, programBody as tkmProgram } from './fixtures';

/**
 * TKM read as a hostile caller would: mentors that are no account, dates PostgreSQL cannot hold, another tenant's proposals
 * and reports, repeated list items, amounts past what a number holds exactly, names holding line breaks. Every refusal is
 * INVALID_ARGUMENT naming the field (or tells a stranger nothing), never INTERNAL.
 */
describe('entrepreneurship: hostile input (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'entrepreneurship'>;
  let drop: () => Promise<void>;
  // identity as far as this service asks it: the mentors it knows (a service's test may not start another service)
  let identity: FakeAccessLog;

  beforeAll(async () => {
    const db = await createTestDatabase('tkm_hostile');
    drop = db.drop;
    identity = await startFakeIdentity(serviceDefinition('identity'));
    identity.subjects.set('acc-mentor-1', { kind: 'CLIENT', roles: ['TKM_MENTOR'] });
    svc = await startService(entrepreneurshipService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: identity.url }));
    client = createServiceClient('entrepreneurship', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await identity?.stop();
    await drop?.();
  });

  const person = (birthDate: string, sex: 1 | 2 = 1, regency = '33.73'): entrepreneurshipV1.NewGroupMember => ({
    nik: testNik(regency.replace('.', ''), birthDate, sex),
    name: 'Budi Santoso',
    birthDate,
    employmentStatus: 'JOB_SEEKER',
    residenceRegionCode: regency,
    educationLevel: 'SMK',
    leader: false,
  });
  const programBody = (over: Partial<entrepreneurshipV1.Program> = {}) => tkmProgram('H', over);
  let program: entrepreneurshipV1.Program;
  beforeAll(async () => {
    program = await client.createProgram({ program: programBody() }, ministry);
    await client.setProgramQuota({ programId: program.id!, regionCode: '33', maxGroups: 100 }, ministry);
  });
  let born = 0;
  /** A group of two members (each test its own people: one active group per person and program year). */
  const newGroup = (caller = partnerA, regency = '33.73') => {
    born += 2;
    const day = (n: number) => `19${String(70 + Math.floor(n / 28)).padStart(2, '0')}-03-${String(1 + (n % 28)).padStart(2, '0')}`;
    return client.createGroup(
      {
        group: { name: 'KUB Maju Bersama', programId: program.id, regionCode: regency },
        members: [person(day(born), 1, regency), person(day(born + 1), 2, regency)],
      },
      caller,
    );
  };
  const submitted = async (caller = partnerA, regency = '33.73') => {
    const group = await newGroup(caller, regency);
    return { group, proposal: await client.submitProposal({ groupId: group.id }, caller) };
  };
  const verified = async (caller = partnerA, regency = '33.73', officer = officer3373) => {
    const { group, proposal } = await submitted(caller, regency);
    await client.verifyProposal({ id: proposal.id, decision: 'VERIFIED', checklist: [{ code: 'KTP', passed: true }] }, officer);
    return { group, proposal };
  };
  const approved = async () => {
    const { group, proposal } = await verified();
    await client.createDecree(
      { number: `SK-${uniqueSuffix()}`, programId: program.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposal.id] },
      officer3373,
    );
    return { group, proposal };
  };
  const storedMentor = async (groupId: string) =>
    (await svc.dataSource.query(`SELECT mentor_account_id FROM tkm_groups WHERE id = $1`, [groupId]))[0].mentor_account_id;

  describe('the mentor (pendamping): an identity account, named by its subject', () => {
    it('refuses what is no account id, INVALID_ARGUMENT naming mentorAccountId, and stores nothing', async () => {
      const g = await newGroup();
      for (const bad of [
        '',
        '   ',
        'acc mentor',
        'acc\tmentor',
        'acc\nmentor',
        '-acc',
        'akun-pendamping-é',
        'x'.repeat(201),
        'service:jobs',
        'system',
        "acc'; DROP TABLE tkm_groups; --",
      ]) {
        const e = await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: bad }, officer3373));
        expect([bad, code(e), fields(e)]).toEqual([bad, status.INVALID_ARGUMENT, ['mentorAccountId']]);
      }
      expect(await storedMentor(g.id)).toBeNull();
      // what is no account id never reaches identity
      expect(identity.standingAsked).toEqual([]);
      // an account id (UUID) or a client's id, surrounding spaces dropped (identity knows both as active mentors)
      const account = randomUUID();
      identity.subjects.set(account, { roles: ['TKM_MENTOR'] });
      expect((await client.assignGroupMentor({ groupId: g.id, mentorAccountId: ` ${account} ` }, officer3373)).mentorAccountId).toBe(
        account,
      );
      expect((await client.assignGroupMentor({ groupId: g.id, mentorAccountId: 'acc-mentor-1' }, ministry)).mentorAccountId).toBe(
        'acc-mentor-1',
      );
      expect((await client.getGroup({ id: g.id }, mentor)).id).toBe(g.id);
    });

    it("refuses the group's own registrant as its mentor, and a mentor for a STOPPED group", async () => {
      const g = await newGroup();
      // partner A's client registered it: as its mentor it would stand to it as owner still, never as mentor
      for (const own of ['pa', 'client:pa']) {
        const e = await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: own }, officer3373));
        expect([own, code(e), fields(e)]).toEqual([own, status.INVALID_ARGUMENT, ['mentorAccountId']]);
      }
      const byOfficer = await newGroup(officer3373);
      const e = await fail(client.assignGroupMentor({ groupId: byOfficer.id, mentorAccountId: 'off-3373' }, officer3373));
      expect([code(e), fields(e)]).toEqual([status.INVALID_ARGUMENT, ['mentorAccountId']]);
      await client.stopGroup({ groupId: g.id, reason: 'Usaha tidak berjalan' }, partnerA);
      const stopped = await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: 'acc-mentor-1' }, officer3373));
      expect([code(stopped), details(stopped)]).toEqual([status.FAILED_PRECONDITION, `Group ${g.id} is STOPPED: it takes no mentor`]);
      expect(await storedMentor(g.id)).toBeNull();
    });
  });

  it('answers a date of the year 0000 (which PostgreSQL has not) with INVALID_ARGUMENT naming the field, not INTERNAL', async () => {
    const { group, proposal } = await verified();
    const decree = await fail(
      client.createDecree(
        { number: `SK-${uniqueSuffix()}`, programId: program.id, regionCode: '33.73', decidedOn: '0000-01-01', proposalIds: [proposal.id] },
        officer3373,
      ),
    );
    expect([code(decree), details(decree)]).toEqual([status.INVALID_ARGUMENT, 'The request has invalid fields']);
    expect(fields(decree)).toEqual(['decidedOn']);
    await client.createDecree(
      { number: `SK-${uniqueSuffix()}`, programId: program.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposal.id] },
      officer3373,
    );
    const tranche = await fail(
      client.createTranche({ proposalId: proposal.id, amount: '1000', disbursedOn: '0000-12-31', reference: 'TRF-0' }, officer3373),
    );
    expect([code(tranche), details(tranche)]).toEqual([status.INVALID_ARGUMENT, 'The request has invalid fields']);
    expect(fields(tranche)).toEqual(['disbursedOn']);
    const visit = await fail(client.createMentorVisit({ groupId: group.id, visitedOn: '0000-02-29', notes: 'Kunjungan' }, officer3373));
    expect([code(visit), details(visit)]).toEqual([status.INVALID_ARGUMENT, 'The request has invalid fields']);
    expect(fields(visit)).toEqual(['visitedOn']);
    // the first and last years PostgreSQL holds are taken
    expect(
      (await client.createTranche({ proposalId: proposal.id, amount: '1000', disbursedOn: '0001-01-01', reference: 'TRF-1' }, officer3373))
        .tranches,
    ).toHaveLength(1);
    expect(
      (await client.createMentorVisit({ groupId: group.id, visitedOn: '0001-01-01', notes: 'Kunjungan' }, officer3373)).visitedOn,
    ).toBe('0001-01-01');
  });

  it("tells a stranger nothing of another tenant's proposal or report: not that it exists, nor its group's id", async () => {
    const { group, proposal } = await approved();
    const report = await client.createBusinessReport(
      { groupId: group.id, kind: 'PERIODIC', period: todayWib().slice(0, 7), revenue: '1000000', activeMembers: 2, workersHired: 0 },
      partnerA,
    );
    const unknown = randomUUID();
    const asks: [string, string, (id: string, who: typeof ministry) => Promise<unknown>][] = [
      ['Proposal', proposal.id, (id, who) => client.getProposal({ id }, who)],
      ['Proposal', proposal.id, (id, who) => client.verifyProposal({ id, decision: 'REJECTED', rejectionReasons: ['Tidak lengkap'] }, who)],
      [
        'Proposal',
        proposal.id,
        (id, who) => client.createTranche({ proposalId: id, amount: '1000', disbursedOn: todayWib(), reference: 'TRF-X' }, who),
      ],
      ['Report', report.id, (id, who) => client.reviewBusinessReport({ id, decision: 'ACCEPTED' }, who)],
    ];
    for (const [resource, id, ask] of asks) {
      // partner B is told exactly what he would be told of an id that does not exist
      const stranger = await fail(ask(id, partnerB));
      const none = await fail(ask(unknown, partnerB));
      expect([code(stranger), details(stranger)]).toEqual([status.NOT_FOUND, `${resource} ${id} was not found`]);
      expect([code(none), details(none)]).toEqual([status.NOT_FOUND, `${resource} ${unknown} was not found`]);
      // the officer of 33.74 is told the region is not his, of what he asked for
      const outside = await fail(ask(id, officer3374));
      expect([code(outside), details(outside)]).toEqual([
        status.PERMISSION_DENIED,
        `${resource} ${id} is in region 33.73, outside the caller's region 33.74`,
      ]);
      expect(details(stranger) + details(outside)).not.toContain(group.id);
    }
    expect((await client.getProposal({ id: proposal.id }, partnerA)).state).toBe('APPROVED');
  });

  it("a decree of 33.73 naming a proposal of 33.74 says it is outside the region, never that proposal's state", async () => {
    const other = await submitted(partnerB, '33.74');
    const e = await fail(
      client.createDecree(
        {
          number: `SK-${uniqueSuffix()}`,
          programId: program.id,
          regionCode: '33.73',
          decidedOn: todayWib(),
          proposalIds: [other.proposal.id],
        },
        officer3373,
      ),
    );
    expect([code(e), details(e)]).toEqual([
      status.FAILED_PRECONDITION,
      `Proposal ${other.proposal.id} is in region 33.74, outside the decree's region 33.73`,
    ]);
    expect(details(e)).not.toContain('SUBMITTED');
  });

  it('refuses repeated items: checklist codes, eligible statuses, training programs', async () => {
    const { proposal } = await submitted();
    const e = await fail(
      client.verifyProposal(
        {
          id: proposal.id,
          decision: 'VERIFIED',
          checklist: [
            { code: 'KTP', passed: true },
            { code: 'KTP', passed: true },
          ],
        },
        officer3373,
      ),
    );
    expect([code(e), fields(e)]).toEqual([status.INVALID_ARGUMENT, ['checklist']]);
    expect((await client.getProposal({ id: proposal.id }, partnerA)).state).toBe('SUBMITTED');
    const training = randomUUID();
    const p = await fail(
      client.createProgram(
        {
          program: programBody({
            eligibleStatuses: ['JOB_SEEKER', 'JOB_SEEKER'],
            requiresTraining: true,
            trainingProgramIds: [training, training.toUpperCase()],
          }),
        },
        ministry,
      ),
    );
    expect([code(p), fields(p)]).toEqual([status.INVALID_ARGUMENT, ['eligibleStatuses', 'trainingProgramIds']]);
  });

  it('refuses a PER_MEMBER_DAY program whose full group would be paid more than 10^12 Rupiah (past 2^53 in a decree)', async () => {
    const e = await fail(
      client.createProgram(
        { program: programBody({ fundingBasis: 'PER_MEMBER_DAY', amount: '1000000000000', workDays: 366, maxMembers: 100 }) },
        ministry,
      ),
    );
    expect([code(e), fields(e)]).toEqual([status.INVALID_ARGUMENT, ['amount']]);
    // Padat Karya's order of size is taken: Rp 250,000 a member and day, 30 members, 15 days
    const ok = await client.createProgram(
      { program: programBody({ fundingBasis: 'PER_MEMBER_DAY', amount: '250000', workDays: 15, maxMembers: 30 }) },
      ministry,
    );
    expect(ok.amount).toBe('250000');
  });

  it('refuses a tab or line break inside a name or a number (descriptions and notes keep theirs)', async () => {
    const g = await fail(
      client.createGroup(
        {
          group: { name: 'KUB\nMaju', programId: program.id, regionCode: '33.73', businessField: 'Roti\tKue' },
          members: [{ ...person('1969-05-05'), name: 'Budi\tSantoso' }],
        },
        partnerA,
      ),
    );
    expect([code(g), fields(g)]).toEqual([status.INVALID_ARGUMENT, ['name', 'businessField', 'members[0].name']]);
    const prog = await fail(client.createProgram({ program: programBody({ name: 'TKM\r\nPemula' }) }, ministry));
    expect([code(prog), fields(prog)]).toEqual([status.INVALID_ARGUMENT, ['name']]);
    const { proposal } = await verified();
    const decree = await fail(
      client.createDecree(
        { number: 'SK\n001', programId: program.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposal.id] },
        officer3373,
      ),
    );
    expect([code(decree), fields(decree)]).toEqual([status.INVALID_ARGUMENT, ['number']]);
    await client.createDecree(
      { number: `SK-${uniqueSuffix()}\n`, programId: program.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposal.id] },
      officer3373,
    );
    const tranche = await fail(
      client.createTranche({ proposalId: proposal.id, amount: '1000', disbursedOn: todayWib(), reference: 'TRF\t1' }, officer3373),
    );
    expect([code(tranche), fields(tranche)]).toEqual([status.INVALID_ARGUMENT, ['reference']]);
  });
});
