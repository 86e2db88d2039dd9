import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import {
  PersonErasureRequested,
  SelfEmploymentPlacementRecorded,
  serviceDefinition,
  TkmGroupRegistered,
  TkmProposalSubmitted,
  TrainingCompleted,
  type entrepreneurshipV1,
  type SelfEmploymentPlacementData,
  type TrainingOutcomeData,
} from '@siapkerja/contracts';
import { todayWib } from '@siapkerja/codes';
import { buildEvent } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  collectTopic,
  createTestDatabase,
  kafkaBrokers,
  serviceTestEnv,
  startFakeIdentity,
  TEST_PERSON_SECRET,
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
import { mentor, ministry, officer3373, officer3374, partnerA, partnerB, province33, programBody as tkmProgram } from './fixtures';

/** TKM against the real service: programs, groups and members, proposals within quota, tranches, reports and placements. */
describe('entrepreneurship: TKM complete (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'entrepreneurship'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  const kafka = new Kafka({ clientId: 'tkm-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  // identity as far as this service asks it: the mentor account it knows (a service's test may not start another service)
  let fakeIdentity: FakeAccessLog;

  beforeAll(async () => {
    const db = await createTestDatabase('tkm');
    drop = db.drop;
    topic = await collectTopic([TkmGroupRegistered.topic, TkmProposalSubmitted.topic, SelfEmploymentPlacementRecorded.topic]);
    fakeIdentity = await startFakeIdentity(serviceDefinition('identity'));
    fakeIdentity.subjects.set('acc-mentor-1', { kind: 'CLIENT', roles: ['TKM_MENTOR'] });
    svc = await startService(entrepreneurshipService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: fakeIdentity.url }));
    client = createServiceClient('entrepreneurship', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await fakeIdentity?.stop();
    await drop?.();
  });

  const person = (birthDate = '1995-04-12', sex: 1 | 2 = 1, over: Partial<entrepreneurshipV1.NewGroupMember> = {}) => {
    const nik = testNik('3373', birthDate, sex);
    return {
      nik,
      name: sex === 2 ? 'Siti Rahayu' : 'Budi Santoso',
      birthDate,
      employmentStatus: 'JOB_SEEKER',
      residenceRegionCode: '33.73',
      educationLevel: 'SMK',
      leader: false,
      personId: identity.personId(nik),
      ...over,
    };
  };
  const newMember = ({ personId: _, ...m }: ReturnType<typeof person>) => m;
  const programBody = (over: Partial<entrepreneurshipV1.Program> = {}) =>
    tkmProgram('T', { eligibleStatuses: ['JOB_SEEKER', 'UNDEREMPLOYED'], ...over });
  const newProgram = (over: Partial<entrepreneurshipV1.Program> = {}) => client.createProgram({ program: programBody(over) }, ministry);
  const newGroup = (programId: string, members: ReturnType<typeof person>[], caller = partnerA, regionCode = '33.73') =>
    client.createGroup(
      {
        group: {
          name: 'KUB Maju Bersama',
          programId,
          regionCode,
          businessPlan: { kbliCode: '10710', description: 'Roti', locationRegionCode: `${regionCode}.04` },
        },
        members: members.map(newMember),
      },
      caller,
    );
  /** A program with a quota, and a group of it whose proposal is verified. */
  async function verifiedProposal(programId: string, members = [person(), person('1990-02-02', 2)], caller = partnerA) {
    const g = await newGroup(programId, members, caller);
    const p = await client.submitProposal({ groupId: g.id }, caller);
    const v = await client.verifyProposal(
      {
        id: p.id,
        decision: 'VERIFIED',
        checklist: [
          { code: 'KTP', passed: true },
          { code: 'BUSINESS_PLAN', passed: true },
        ],
      },
      officer3373,
    );
    return { group: g, proposal: v };
  }

  describe('programs as data', () => {
    it('migrated the first-release kinds into programs: a group registered by kind gets the program', async () => {
      const list = await client.listPrograms({ year: 2025 });
      expect(list.programs.map((p) => p.code).sort()).toEqual(['LANJUTAN', 'PADAT_KARYA', 'PEMULA']);
      const pk = list.programs.find((p) => p.code === 'PADAT_KARYA')!;
      expect(pk).toMatchObject({ fundingBasis: 'PER_MEMBER_DAY', workDays: 15 });
      const g = await client.createGroup({
        group: { name: 'KUB Lama', programKind: 'PROGRAM_KIND_PADAT_KARYA', regionCode: '33.73', memberCount: 30 },
      });
      expect(g).toMatchObject({
        programId: pk.id,
        programCode: 'PADAT_KARYA',
        programYear: 2025,
        programKind: 'PROGRAM_KIND_PADAT_KARYA',
        memberCount: 30,
        status: 'ACTIVE',
      });
    });

    it('is defined by the ministry only, with every rule checked, once per code and year', async () => {
      const body = programBody({ fundingBasis: 'PER_MEMBER_DAY', amount: '200000', workDays: 15, requiresTraining: true });
      const p = await client.createProgram({ program: body }, ministry);
      expect(p).toMatchObject({
        code: body.code,
        year: 2026,
        amount: '200000',
        workDays: 15,
        requiresTraining: true,
        residenceRule: 'GROUP_REGENCY',
      });
      expect(code(await fail(client.createProgram({ program: programBody() }, partnerA)))).toBe(status.PERMISSION_DENIED);
      expect(code(await fail(client.createProgram({ program: programBody() }, officer3373)))).toBe(status.PERMISSION_DENIED);
      expect(code(await fail(client.createProgram({ program: body }, ministry)))).toBe(status.ALREADY_EXISTS);
      const bad = await fail(
        client.createProgram(
          {
            program: programBody({
              code: 'x',
              year: 1,
              fundingBasis: 'PER_MEMBER_DAY',
              amount: '0',
              workDays: 0,
              minMembers: 5,
              maxMembers: 2,
              eligibleStatuses: ['RICH'],
            }),
          },
          ministry,
        ),
      );
      expect(fields(bad)).toEqual(['code', 'year', 'amount', 'workDays', 'maxMembers', 'eligibleStatuses']);
    });

    it('keeps quotas per province and regency, set by the ministry', async () => {
      const p = await newProgram();
      await client.setProgramQuota({ programId: p.id, regionCode: '33', maxGroups: 10 }, ministry);
      const withQuota = await client.setProgramQuota({ programId: p.id, regionCode: '33.73', maxGroups: 3 }, ministry);
      expect(withQuota.quotas).toEqual([
        { regionCode: '33', maxGroups: 10, approvedGroups: 0 },
        { regionCode: '33.73', maxGroups: 3, approvedGroups: 0 },
      ]);
      expect(code(await fail(client.setProgramQuota({ programId: p.id, regionCode: '33.73', maxGroups: 3 }, officer3373)))).toBe(
        status.PERMISSION_DENIED,
      );
      expect(fields(await fail(client.setProgramQuota({ programId: p.id, regionCode: '33.7', maxGroups: -1 }, ministry)))).toEqual([
        'regionCode',
        'maxGroups',
      ]);
    });
  });

  describe('groups and members', () => {
    it('registers members by NIK, stored once, shown masked; the events name no one', async () => {
      const p = await newProgram();
      const [a, b] = [person(), person('1990-02-02', 2)];
      const g = await newGroup(p.id, [{ ...a, leader: true }, b]);
      expect(g).toMatchObject({ memberCount: 2, status: 'ACTIVE', businessPlan: { kbliCode: '10710', locationRegionCode: '33.73.04' } });
      // members who joined in the same transaction come leader first
      expect(g.members.map((m) => [m.personId, m.leader, m.active, m.sex])).toEqual([
        [a.personId, true, true, 1],
        [b.personId, false, true, 2],
      ]);
      expect(g.members[0].nikMasked).not.toContain(a.nik.slice(6));
      const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM tkm_group_members WHERE nik = $1`, [a.nik]);
      expect(n).toBe(1);
      const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === g.id), { what: 'group registered' });
      expect(JSON.stringify(msg.value)).not.toContain(a.nik);
      expect(JSON.stringify(msg.value)).not.toContain('Budi');
      const bad = await fail(
        client.createGroup(
          { group: { name: 'KUB', programId: p.id, regionCode: '33.73' }, members: [{ ...newMember(a), nik: '1234' }] },
          partnerA,
        ),
      );
      expect(fields(bad)).toEqual(['members[0].nik']);
    });

    it('refuses a person already in an active group of the program year, saying so; the database enforces it too', async () => {
      const p = await newProgram();
      const other = await newProgram({
        code: `O${uniqueSuffix()
          .replace(/[^A-Za-z0-9]/g, '')
          .toUpperCase()
          .slice(0, 20)}`,
      });
      const a = person();
      const first = await newGroup(p.id, [a, person()]);
      // another program of the same year: still refused
      const err = await fail(newGroup(other.id, [a, person()], partnerA));
      expect(code(err)).toBe(status.ALREADY_EXISTS);
      expect(details(err)).toContain('already a member of an active TKM group of program year 2026');
      expect(details(err)).toContain(first.id); // named to who may see it
      // partner B does not learn partner A's group
      const hidden = await fail(newGroup(p.id, [a, person()], partnerB));
      expect(details(hidden)).not.toContain(first.id);
      const second = await newGroup(p.id, [person(), person()], partnerA);
      const add = await fail(client.addGroupMember({ groupId: second.id, member: newMember(a) }, partnerA));
      expect(code(add)).toBe(status.ALREADY_EXISTS);
      // the constraint itself, below the service
      const [{ id: rowGroup }] = [{ id: second.id }];
      await expect(
        svc.dataSource.query(
          `INSERT INTO tkm_group_members (group_id, person_id, nik, name, birth_date, sex, employment_status, residence_region_code, program_year)
           VALUES ($1, $2, $3, 'X', '1995-04-12', 1, 'JOB_SEEKER', '33.73', 2026)`,
          [rowGroup, a.personId, a.nik],
        ),
      ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23505', constraint: 'tkm_one_active_group_per_year' }) });
      // once the first group stops, the person is free to join another
      await client.stopGroup({ groupId: first.id, reason: 'bubar' }, partnerA);
      const joined = await client.addGroupMember({ groupId: second.id, member: newMember(a) }, partnerA);
      expect(joined.members.filter((m) => m.active).map((m) => m.personId)).toContain(a.personId);
    });

    it('lets only one of two concurrent registrations of the same person win', async () => {
      const p = await newProgram();
      const a = person();
      const results = await Promise.allSettled([newGroup(p.id, [a, person()]), newGroup(p.id, [a, person()])]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(code(lost.reason)).toBe(status.ALREADY_EXISTS);
      expect(details(lost.reason)).toContain('at most one active group');
    });

    it('checks eligibility: age, employment status, residence and a completed Skillhub training (consumed from Kafka)', async () => {
      const p = await newProgram({ requiresTraining: true, maxAge: 40, eligibleStatuses: ['JOB_SEEKER'] });
      const ok = person();
      const groupOf = (m: ReturnType<typeof person>) => newGroup(p.id, [m, person()]);
      expect(details(await fail(groupOf(person('1970-01-01'))))).toMatch(/^Eligibility: .* aged 18 to 40/);
      expect(details(await fail(groupOf(person('1995-01-01', 1, { employmentStatus: 'UNDEREMPLOYED' }))))).toMatch(
        /^Eligibility: .* takes members who are JOB_SEEKER \(this person is UNDEREMPLOYED\)/,
      );
      expect(details(await fail(groupOf(person('1995-01-01', 1, { residenceRegionCode: '33.74' }))))).toMatch(
        /residing in the group's regency 33.73/,
      );
      const noTraining = await fail(groupOf(ok));
      expect(code(noTraining)).toBe(status.FAILED_PRECONDITION);
      expect(details(noTraining)).toMatch(/requires a completed Skillhub entrepreneurship training/);
      // Skillhub says both completed a training: twice delivered, kept once
      const other = person();
      for (const m of [ok, other]) {
        const data: TrainingOutcomeData = {
          enrolmentId: randomUUID(),
          batchId: randomUUID(),
          programId: randomUUID(),
          programTitle: 'Kewirausahaan',
          providerId: randomUUID(),
          providerKind: 'BLK_UPTP',
          personId: m.personId,
          competencyUnits: [],
          kbjiCode: '',
          certificationSchemeId: '',
          regionCode: '33.73',
          sex: 1,
          ageBand: '30-44',
          outcome: 'COMPLETED',
          outcomeDate: '2026-01-10',
          occurredAt: new Date().toISOString(),
        };
        const e = buildEvent(TrainingCompleted, '/siapkerja/training', { subject: data.enrolmentId, data });
        const msg = { key: e.subject, value: JSON.stringify(e) };
        await producer.send({ topic: TrainingCompleted.topic, messages: [msg, msg] });
      }
      await waitFor(
        async () =>
          (
            await svc.dataSource.query(`SELECT count(*)::int AS n FROM tkm_completed_trainings WHERE person_id = ANY($1)`, [
              [ok.personId, other.personId],
            ])
          )[0].n === 2,
        {
          what: 'completed trainings consumed',
        },
      );
      const eligible = await newGroup(p.id, [ok, other]);
      expect(eligible.memberCount).toBe(2);
    });

    it('shows a group to its owner, its leader, officers of its region and the ministry; a partner that did not register it is told it does not exist', async () => {
      const p = await newProgram();
      const leader = person();
      const g = await newGroup(p.id, [{ ...leader, leader: true }, person()]);
      for (const who of [
        partnerA,
        officer3373,
        province33,
        ministry,
        as({ sub: 'acc-leader', roles: ['JOB_SEEKER'], personId: leader.personId }),
      ])
        expect((await client.getGroup({ id: g.id }, who)).id).toBe(g.id);
      expect(code(await fail(client.getGroup({ id: g.id }, partnerB)))).toBe(status.NOT_FOUND);
      expect(code(await fail(client.getGroup({ id: g.id }, mentor)))).toBe(status.NOT_FOUND);
      expect(code(await fail(client.getGroup({ id: g.id }, officer3374)))).toBe(status.PERMISSION_DENIED);
      // an officer registers only in his region, refused before any other check, naming the value as the gateway did
      const outside = await fail(newGroup('', [person()], officer3374));
      expect([code(outside), details(outside)]).toEqual([
        status.PERMISSION_DENIED,
        "regionCode 33.73 is outside the caller's region 33.74",
      ]);
      expect(code(await fail(client.addGroupMember({ groupId: g.id, member: newMember(person()) }, officer3374)))).toBe(
        status.PERMISSION_DENIED,
      );
      expect(code(await fail(client.addGroupMember({ groupId: g.id, member: newMember(person()) }, partnerB)))).toBe(status.NOT_FOUND);
      const listed = async (who: ReturnType<typeof as>) => (await client.listGroups({ pageSize: 100 }, who)).groups.map((x) => x.id);
      expect(await listed(partnerA)).toContain(g.id);
      expect(await listed(partnerB)).not.toContain(g.id);
      expect(await listed(officer3374)).not.toContain(g.id);
      expect(await listed(officer3373)).toContain(g.id);
      // the mentor, once assigned by an officer of the region (a partner may not)
      expect(code(await fail(client.assignGroupMentor({ groupId: g.id, mentorAccountId: 'acc-mentor-1' }, partnerA)))).toBe(
        status.PERMISSION_DENIED,
      );
      await client.assignGroupMentor({ groupId: g.id, mentorAccountId: 'acc-mentor-1' }, officer3373);
      expect((await client.getGroup({ id: g.id }, mentor)).mentorAccountId).toBe('acc-mentor-1');
      expect(await listed(mentor)).toContain(g.id);
    });
  });

  describe('region codes as the code list writes them (the check accepts spacing and undotted codes)', () => {
    const rows = async (groupId: string) =>
      (
        await svc.dataSource.query(
          `SELECT g.region_code, g.location_region_code, array_agg(m.residence_region_code ORDER BY m.joined_at, m.id) AS residences
             FROM tkm_groups g LEFT JOIN tkm_group_members m ON m.group_id = g.id WHERE g.id = $1
            GROUP BY g.region_code, g.location_region_code`,
          [groupId],
        )
      )[0];
    /** A group of two members in the region given as is, its business in 33.73.04 (Sidorejo). */
    const groupIn = (programId: string, regionCode: string, caller = partnerA) =>
      client.createGroup(
        {
          group: {
            name: 'KUB Maju Bersama',
            programId,
            regionCode,
            businessPlan: { kbliCode: '10710', description: 'Roti', locationRegionCode: '33.73.04' },
          },
          members: [person(), person('1990-02-02', 2)].map(newMember),
        },
        caller,
      );

    it('stores a group, its business location and its members as 33.73: listed by 33.73 or 3373, seen by the officer of 33.73', async () => {
      const p = await newProgram();
      const g = await client.createGroup(
        {
          group: {
            name: 'KUB Spasi',
            programId: p.id,
            regionCode: ' 33.73\n',
            businessPlan: { kbliCode: '10710', description: 'Roti', locationRegionCode: ' 337304\t' },
          },
          members: [
            newMember(person('1995-04-12', 1, { residenceRegionCode: '3373', leader: true })),
            newMember(person('1990-02-02', 2, { residenceRegionCode: '33.73\t' })),
          ],
        },
        partnerA,
      );
      expect(g).toMatchObject({ regionCode: '33.73', businessPlan: { locationRegionCode: '33.73.04' } });
      expect(g.members.map((m) => m.residenceRegionCode)).toEqual(['33.73', '33.73']);
      // a member added later, his residence given with a tab
      const added = await client.addGroupMember(
        { groupId: g.id, member: newMember(person('1992-03-03', 1, { residenceRegionCode: '33.73.01\t' })) },
        partnerA,
      );
      expect(added.members.map((m) => m.residenceRegionCode)).toEqual(['33.73', '33.73', '33.73.01']);
      expect(await rows(g.id)).toEqual({
        region_code: '33.73',
        location_region_code: '33.73.04',
        residences: ['33.73', '33.73', '33.73.01'],
      });
      // the event carries the stored code
      const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === g.id), { what: 'group registered' });
      expect([msg.value.regioncode, msg.value.data.regionCode]).toEqual(['33.73', '33.73']);
      // every region filter finds it, whatever form the filter is given in
      for (const regionCode of ['33.73', '3373', ' 33.73\n', '33'])
        expect((await client.listGroups({ regionCode, pageSize: 100 }, partnerA)).groups.map((x) => x.id)).toContain(g.id);
      // the officer of 33.73 (and of the province) sees it; the officer of 33.74 does not
      expect((await client.getGroup({ id: g.id }, officer3373)).regionCode).toBe('33.73');
      expect((await client.listGroups({ pageSize: 100 }, officer3373)).groups.map((x) => x.id)).toContain(g.id);
      expect((await client.listGroups({ regionCode: '3373', pageSize: 100 }, province33)).groups.map((x) => x.id)).toContain(g.id);
      expect((await client.listGroups({ pageSize: 100 }, officer3374)).groups.map((x) => x.id)).not.toContain(g.id);
      // a list filter that is no province or regency code is still refused, with the same message
      const bad = await fail(client.listGroups({ regionCode: '33.73.04' }, partnerA));
      expect([code(bad), fields(bad)]).toEqual([status.INVALID_ARGUMENT, ['regionCode']]);
    });

    it('lets the officer of 33.73 register a group given as 3373 in his region; 3374 stays outside it', async () => {
      const p = await newProgram();
      const g = await groupIn(p.id, '3373', officer3373);
      expect(g).toMatchObject({ regionCode: '33.73', businessPlan: { locationRegionCode: '33.73.04' } });
      expect((await rows(g.id)).region_code).toBe('33.73');
      const outside = await fail(groupIn(p.id, '3374', officer3373));
      expect([code(outside), details(outside)]).toEqual([
        status.PERMISSION_DENIED,
        "regionCode 33.74 is outside the caller's region 33.73",
      ]);
    });

    it('keeps quotas, proposals and decrees under 33.73: a proposal listed by 3373, a decree given as "33.73\\n" within the quota of "3373 "', async () => {
      const p = await newProgram();
      await client.setProgramQuota({ programId: p.id, regionCode: '3373 ', maxGroups: 2 }, ministry);
      const withQuota = await client.setProgramQuota({ programId: p.id, regionCode: ' 33\n', maxGroups: 10 }, ministry);
      expect(withQuota.quotas).toEqual([
        { regionCode: '33', maxGroups: 10, approvedGroups: 0 },
        { regionCode: '33.73', maxGroups: 2, approvedGroups: 0 },
      ]);
      // the same quota again, in another form: one row, updated
      await client.setProgramQuota({ programId: p.id, regionCode: '33.73\t', maxGroups: 3 }, ministry);
      expect(
        await svc.dataSource.query(`SELECT region_code, max_groups FROM tkm_program_quotas WHERE program_id = $1 ORDER BY region_code`, [
          p.id,
        ]),
      ).toEqual([
        { region_code: '33', max_groups: 10 },
        { region_code: '33.73', max_groups: 3 },
      ]);

      const g = await groupIn(p.id, ' 3373\n');
      const sub = await client.submitProposal({ groupId: g.id }, partnerA);
      expect(sub.regionCode).toBe('33.73');
      for (const regionCode of ['33.73', '3373', '33.73\n'])
        expect((await client.listProposals({ regionCode, pageSize: 100 }, partnerA)).proposals.map((x) => x.id)).toContain(sub.id);
      expect((await client.listProposals({ regionCode: '3373', pageSize: 100 }, officer3373)).proposals.map((x) => x.id)).toContain(sub.id);
      await client.verifyProposal(
        {
          id: sub.id,
          decision: 'VERIFIED',
          checklist: [
            { code: 'KTP', passed: true },
            { code: 'BUSINESS_PLAN', passed: true },
          ],
        },
        officer3373,
      );

      // the officer of 33.73 decrees for his region given as '33.73\n'; the officer of 33.74 may not, given as '3374' or '3373'
      const number = `SK-${uniqueSuffix()}`;
      const refused = await fail(
        client.createDecree({ number, programId: p.id, regionCode: '3373', decidedOn: todayWib(), proposalIds: [sub.id] }, officer3374),
      );
      expect(code(refused)).toBe(status.PERMISSION_DENIED);
      const decree = await client.createDecree(
        { number, programId: p.id, regionCode: '33.73\n', decidedOn: todayWib(), proposalIds: [sub.id] },
        officer3373,
      );
      expect(decree).toMatchObject({ regionCode: '33.73', proposalIds: [sub.id] });
      expect(
        (await svc.dataSource.query(`SELECT region_code FROM tkm_decrees WHERE id = $1`, [decree.id])).map(
          (r: { region_code: string }) => r.region_code,
        ),
      ).toEqual(['33.73']);
      expect((await client.getProgram({ id: p.id })).quotas).toEqual([
        { regionCode: '33', maxGroups: 10, approvedGroups: 1 },
        { regionCode: '33.73', maxGroups: 3, approvedGroups: 1 },
      ]);
      expect((await client.getProposal({ id: sub.id }, officer3373)).state).toBe('APPROVED');

      // the decree is read by who may see it: the ministry, the officers of 33.73 and of its province, the partner whose
      // group it approved; the officer of 33.74 is refused (his region is his boundary) and partner B is told it does not exist
      for (const who of [ministry, officer3373, province33, partnerA])
        expect(await client.getDecree({ id: decree.id }, who)).toMatchObject({ id: decree.id, proposalIds: [sub.id] });
      expect(code(await fail(client.getDecree({ id: decree.id }, officer3374)))).toBe(status.PERMISSION_DENIED);
      expect(code(await fail(client.getDecree({ id: decree.id }, partnerB)))).toBe(status.NOT_FOUND);
    });
  });

  describe('proposals, decrees and tranches', () => {
    it('verifies with a checklist or rejects with reasons; every change audited and evented', async () => {
      const p = await newProgram({ fundingBasis: 'PER_MEMBER_DAY', amount: '200000', workDays: 15 });
      const g = await newGroup(p.id, [person(), person(), person()]);
      const sub = await client.submitProposal({ groupId: g.id, requestId: 'r1' }, partnerA);
      expect(sub).toMatchObject({ state: 'SUBMITTED', requestedAmount: String(200000 * 3 * 15), regionCode: '33.73' });
      expect((await client.submitProposal({ groupId: g.id, requestId: 'r1' }, partnerA)).id).toBe(sub.id);
      expect(code(await fail(client.submitProposal({ groupId: g.id }, partnerA)))).toBe(status.ALREADY_EXISTS);
      expect(
        code(await fail(client.verifyProposal({ id: sub.id, decision: 'VERIFIED', checklist: [{ code: 'KTP', passed: true }] }, partnerA))),
      ).toBe(status.PERMISSION_DENIED);
      expect(
        code(
          await fail(client.verifyProposal({ id: sub.id, decision: 'VERIFIED', checklist: [{ code: 'KTP', passed: true }] }, officer3374)),
        ),
      ).toBe(status.PERMISSION_DENIED);
      expect(
        fields(
          await fail(client.verifyProposal({ id: sub.id, decision: 'VERIFIED', checklist: [{ code: 'KTP', passed: false }] }, officer3373)),
        ),
      ).toEqual(['checklist']);
      expect(fields(await fail(client.verifyProposal({ id: sub.id, decision: 'REJECTED' }, officer3373)))).toEqual(['rejectionReasons']);
      const rejected = await client.verifyProposal(
        { id: sub.id, decision: 'REJECTED', rejectionReasons: ['Rencana usaha belum lengkap'] },
        province33,
      );
      expect(rejected).toMatchObject({ state: 'REJECTED', rejectionReasons: ['Rencana usaha belum lengkap'] });
      expect(rejected.history.map((h) => [h.action, h.toState])).toEqual([
        ['SUBMITTED', 'SUBMITTED'],
        ['REJECTED', 'REJECTED'],
      ]);
      // a rejected proposal may be followed by another
      const again = await client.submitProposal({ groupId: g.id }, partnerA);
      expect(again.state).toBe('SUBMITTED');
      const types = await waitFor(
        async () => {
          const t = topic.messages.filter((m) => m.value.subject === sub.id).map((m) => m.value.type);
          return t.length >= 2 ? t : undefined;
        },
        { what: 'proposal events' },
      );
      expect(types).toEqual(['siapkerja.entrepreneurship.proposal.submitted', 'siapkerja.entrepreneurship.proposal.rejected']);
    });

    it('approves in a numbered decree within the quota, and holds the quota under 20 concurrent approvals', async () => {
      const p = await newProgram();
      await client.setProgramQuota({ programId: p.id, regionCode: '33.73', maxGroups: 5 }, ministry);
      await client.setProgramQuota({ programId: p.id, regionCode: '33', maxGroups: 100 }, ministry);
      const proposals = [];
      for (let i = 0; i < 20; i++) proposals.push((await verifiedProposal(p.id)).proposal);
      const results = await Promise.allSettled(
        proposals.map((x, i) =>
          client.createDecree(
            { number: `SK-${uniqueSuffix()}-${i}`, programId: p.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [x.id] },
            i % 2 ? officer3373 : province33,
          ),
        ),
      );
      const ok = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(ok).toHaveLength(5);
      expect(refused).toHaveLength(15);
      for (const r of refused) {
        expect(code(r.reason)).toBe(status.FAILED_PRECONDITION);
        expect(details(r.reason)).toMatch(/^Quota: .* allows 5 groups in region 33.73/);
      }
      const program = await client.getProgram({ id: p.id });
      expect(program.quotas).toEqual([
        { regionCode: '33', maxGroups: 100, approvedGroups: 5 },
        { regionCode: '33.73', maxGroups: 5, approvedGroups: 5 },
      ]);
      const [{ n }] = await svc.dataSource.query(
        `SELECT count(*)::int AS n FROM tkm_proposals WHERE program_id = $1 AND state = 'APPROVED'`,
        [p.id],
      );
      expect(n).toBe(5);
      // a decree is all or nothing: outside the officer's region, or with a proposal not verified, nothing changes
      const decree = (ok[0] as PromiseFulfilledResult<entrepreneurshipV1.Decree__Output>).value;
      expect(decree).toMatchObject({ programId: p.id, regionCode: '33.73', totalAmount: '10000000', proposalIds: [expect.any(String)] });
      expect(await client.getProposal({ id: decree.proposalIds[0] }, partnerA)).toMatchObject({
        state: 'APPROVED',
        decreeNumber: decree.number,
        approvedAmount: '10000000',
      });
      expect(
        code(
          await fail(
            client.createDecree(
              { number: 'SK-X', programId: p.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposals[0].id] },
              officer3374,
            ),
          ),
        ),
      ).toBe(status.PERMISSION_DENIED);
      expect(
        code(
          await fail(
            client.createDecree(
              { number: 'SK-Y', programId: p.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposals[0].id] },
              partnerA,
            ),
          ),
        ),
      ).toBe(status.PERMISSION_DENIED);
      expect(
        code(
          await fail(
            client.createDecree(
              { number: decree.number, programId: p.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [decree.proposalIds[0]] },
              ministry,
            ),
          ),
        ),
      ).toBe(status.FAILED_PRECONDITION);
    });

    it('refuses a region without a quota', async () => {
      const p = await newProgram();
      const { proposal } = await verifiedProposal(p.id);
      const err = await fail(
        client.createDecree(
          { number: `SK-${uniqueSuffix()}`, programId: p.id, regionCode: '33', decidedOn: todayWib(), proposalIds: [proposal.id] },
          province33,
        ),
      );
      expect(details(err)).toMatch(/^Quota: .* has no quota for region 33.73/);
    });

    it('disburses in tranches, never more than approved', async () => {
      const p = await newProgram({ amount: '15000000' });
      await client.setProgramQuota({ programId: p.id, regionCode: '33.73', maxGroups: 5 }, ministry);
      const { proposal } = await verifiedProposal(p.id);
      const tranche = (amount: number, reference: string, who = officer3373, requestId = '') =>
        client.createTranche({ proposalId: proposal.id, amount: String(amount), disbursedOn: todayWib(), reference, requestId }, who);
      expect(code(await fail(tranche(1000, 'EARLY')))).toBe(status.FAILED_PRECONDITION); // not approved yet
      await client.createDecree(
        { number: `SK-${uniqueSuffix()}`, programId: p.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposal.id] },
        officer3373,
      );
      expect(code(await fail(tranche(1000, 'T0', partnerA)))).toBe(status.PERMISSION_DENIED);
      const first = await tranche(10_000_000, 'BRI-0001', officer3373, 'tr-1');
      expect(first).toMatchObject({ state: 'APPROVED', disbursedAmount: '10000000' });
      expect((await tranche(10_000_000, 'BRI-0001', officer3373, 'tr-1')).tranches).toHaveLength(1); // safe retry
      const above = await fail(tranche(5_000_001, 'BRI-0002'));
      expect(code(above)).toBe(status.FAILED_PRECONDITION);
      expect(details(above)).toMatch(/^Tranche above approval: 5000001 exceeds .*remaining 5000000/);
      const last = await tranche(5_000_000, 'BRI-0002', province33);
      expect(last).toMatchObject({ state: 'DISBURSED', disbursedAmount: '15000000', approvedAmount: '15000000' });
      expect(last.tranches.map((t) => [t.amount, t.reference])).toEqual([
        ['10000000', 'BRI-0001'],
        ['5000000', 'BRI-0002'],
      ]);
      expect(last.history.map((h) => h.action)).toEqual(['SUBMITTED', 'VERIFIED', 'APPROVED', 'TRANCHE_DISBURSED', 'TRANCHE_DISBURSED']);
      expect(code(await fail(tranche(1, 'BRI-0003')))).toBe(status.FAILED_PRECONDITION);
      await expect(
        svc.dataSource.query(`UPDATE tkm_proposals SET disbursed_amount = approved_amount + 1 WHERE id = $1`, [proposal.id]),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'tkm_disbursed_within_approved' }),
      });
    });
  });

  describe('mentoring, business reports and self-employment placements', () => {
    it('records each member once and each hired worker once as SelfEmploymentPlacementRecorded; a member who left and a re-sent report add nothing', async () => {
      const p = await newProgram();
      await client.setProgramQuota({ programId: p.id, regionCode: '33.73', maxGroups: 5 }, ministry);
      const [a, b, c] = [person('1995-04-12', 1), person('1990-02-02', 2), person('1980-06-06', 1)];
      const { group, proposal } = await verifiedProposal(p.id, [{ ...a, leader: true }, b, c]);
      const period = todayWib().slice(0, 7);
      const report = (workersHired: number, kind = 'PERIODIC', per = period, who = partnerA) =>
        client.createBusinessReport(
          { groupId: group.id, kind, period: per, revenue: '12500000', activeMembers: 3, workersHired, notes: 'Laris' },
          who,
        );
      expect(details(await fail(report(0)))).toMatch(/no approved proposal/);
      await client.createDecree(
        { number: `SK-${uniqueSuffix()}`, programId: p.id, regionCode: '33.73', decidedOn: todayWib(), proposalIds: [proposal.id] },
        officer3373,
      );
      await client.assignGroupMentor({ groupId: group.id, mentorAccountId: 'acc-mentor-1' }, officer3373);
      const visit = await client.createMentorVisit({ groupId: group.id, visitedOn: todayWib(), notes: 'Pembukuan dibahas' }, mentor);
      expect(visit).toMatchObject({ mentorAccountId: 'acc-mentor-1', visitedOn: todayWib() });
      expect(code(await fail(client.createMentorVisit({ groupId: group.id, visitedOn: todayWib(), notes: 'x' }, partnerB)))).toBe(
        status.NOT_FOUND,
      );
      expect((await client.listMentorVisits({ groupId: group.id }, partnerA)).visits).toHaveLength(1);

      // c leaves before the business runs: he is never counted
      const cId = (await client.getGroup({ id: group.id }, partnerA)).members.find((m) => m.personId === c.personId)!.id;
      await client.removeGroupMember({ groupId: group.id, memberId: cId }, partnerA);
      const r1 = await report(2);
      expect(code(await fail(report(2)))).toBe(status.ALREADY_EXISTS); // re-sent
      expect(code(await fail(client.reviewBusinessReport({ id: r1.id, decision: 'ACCEPTED' }, partnerA)))).toBe(status.PERMISSION_DENIED);
      const accepted = await client.reviewBusinessReport({ id: r1.id, decision: 'ACCEPTED', note: 'ok' }, mentor);
      expect(accepted).toMatchObject({ state: 'ACCEPTED', placementsRecorded: 4 });
      expect(code(await fail(client.reviewBusinessReport({ id: r1.id, decision: 'ACCEPTED' }, officer3373)))).toBe(
        status.FAILED_PRECONDITION,
      );
      expect((await client.getGroup({ id: group.id }, partnerA)).status).toBe('GROWING');

      // a later report counting the same 2 workers plus one more adds only the third worker
      const [y, m] = period.split('-').map(Number);
      const earlier = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
      const r2 = await report(3, 'FINAL', earlier);
      expect((await client.reviewBusinessReport({ id: r2.id, decision: 'ACCEPTED' }, officer3373)).placementsRecorded).toBe(1);
      expect((await client.listBusinessReports({ groupId: group.id }, partnerA)).reports.map((r) => r.state)).toEqual([
        'ACCEPTED',
        'ACCEPTED',
      ]);

      const events = await waitFor(
        async () => {
          const e = topic.messages.filter((x) => x.topic === SelfEmploymentPlacementRecorded.topic && x.value.data.groupId === group.id);
          return e.length >= 5 ? e : undefined;
        },
        { what: 'placement events' },
      );
      // nothing more arrives: let the relay drain, then count again
      await waitFor(async () => (await svc.relay.pending()) === 0, { what: 'outbox drained' });
      const data = topic.messages
        .filter((x) => x.topic === SelfEmploymentPlacementRecorded.topic && x.value.data.groupId === group.id)
        .map((x) => x.value.data as SelfEmploymentPlacementData);
      expect(data).toHaveLength(5);
      expect(events.every((e) => e.key === group.id && e.value.type === 'siapkerja.entrepreneurship.placement.recorded')).toBe(true);
      expect(new Set(data.map((d) => d.placementKey)).size).toBe(5);
      const placedAt = todayWib();
      const base = {
        groupId: group.id,
        tkmProgramId: p.id,
        kbliCode: '10710',
        kbliMainGroup: '10',
        regionCode: '33.73',
        channel: 'AKL',
        employerType: 'INDIVIDUAL',
        placedAt,
      };
      expect(data.filter((d) => d.role === 'MEMBER').sort((x, z) => x.personId.localeCompare(z.personId))).toEqual(
        [
          {
            ...base,
            placementKey: `${group.id}:member:${a.personId}`,
            role: 'MEMBER',
            personId: a.personId,
            sex: 1,
            ageBand: '30-44',
            educationLevel: 'SMK',
            occurredAt: expect.any(String),
          },
          {
            ...base,
            placementKey: `${group.id}:member:${b.personId}`,
            role: 'MEMBER',
            personId: b.personId,
            sex: 2,
            ageBand: '30-44',
            educationLevel: 'SMK',
            occurredAt: expect.any(String),
          },
        ].sort((x, z) => x.personId.localeCompare(z.personId)),
      );
      expect(data.filter((d) => d.role === 'HIRED_WORKER').map((d) => [d.placementKey, d.personId, d.sex, d.ageBand])).toEqual([
        [`${group.id}:worker:1`, '', 0, ''],
        [`${group.id}:worker:2`, '', 0, ''],
        [`${group.id}:worker:3`, '', 0, ''],
      ]);
      expect(data.some((d) => d.personId === c.personId)).toBe(false);
      expect(JSON.stringify(data)).not.toContain(a.nik);
    });
  });

  describe('personal data (UU 27/2022)', () => {
    it("erases a member on PersonErasureRequested: his NIK, name and birth day are gone, the group's counts stay", async () => {
      const p = await newProgram();
      const a = person('1994-06-30', 2);
      const g = await newGroup(p.id, [a, person()]);
      const erasure = buildEvent(PersonErasureRequested, '/siapkerja/test', {
        subject: a.personId,
        data: { personId: a.personId, requestId: randomUUID(), requestedAt: new Date().toISOString() },
      });
      // delivered twice: applied once (inbox)
      for (let i = 0; i < 2; i++)
        await producer.send({ topic: PersonErasureRequested.topic, messages: [{ key: a.personId, value: JSON.stringify(erasure) }] });
      const row = await waitFor(
        async () =>
          (
            await svc.dataSource.query(
              `SELECT nik, name, birth_date::text AS birth, person_id, sex, active FROM tkm_group_members WHERE group_id = $1 AND person_id LIKE 'erased:%'`,
              [g.id],
            )
          )[0],
        { what: 'the member erased', timeoutMs: 60_000 },
      );
      expect(row).toMatchObject({ name: 'Dihapus (UU 27/2022)', birth: '1994-01-01', sex: 2, active: true });
      expect(row.nik).toMatch(/^X[0-9a-f]{15}$/);
      const all = JSON.stringify(await svc.dataSource.query(`SELECT * FROM tkm_group_members WHERE group_id = $1`, [g.id]));
      expect(all).not.toContain(a.nik);
      expect(all).not.toContain(a.personId);
      expect((await client.getGroup({ id: g.id }, partnerA)).memberCount).toBe(2);
    });
  });
});
