import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { JobSeekerRegistered, type jobsV1, serviceDefinition } from '@siapkerja/contracts';
import { TransactionalOutbox } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  type FakeAccessLog,
  kafkaBrokers,
  serviceTestEnv,
  startFakeAccessLog,
  TEST_PERSON_SECRET,
  testNik,
  uniqueSuffix,
  waitFor,
} from '@siapkerja/testing';
import { addMonths } from '../src/job-seekers/ak1-card';
import { JobSeekersService } from '../src/job-seekers/job-seekers.service';
import { jobsService } from '../src/jobs.module';
import { gatewayCaller } from './support';

const nikFor = testNik;

function fieldsOf(err: { metadata: { get(k: string): unknown[] } }): string[] {
  return JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);
}

const caller = (roles: string[], regionCode?: string) =>
  gatewayCaller({ sub: `officer-${roles[0]}-${regionCode ?? ''}`, roles, regionCode });
const REGENCY_3374 = caller(['DISNAKER_REGENCY'], '33.74');
const REGENCY_3373 = caller(['DISNAKER_REGENCY'], '33.73');
const PROVINCE_33 = caller(['DISNAKER_PROVINCE'], '33');
const PROVINCE_32 = caller(['DISNAKER_PROVINCE'], '32');

/** Raw Kafka messages (key and bytes as on the wire) of a topic, from the beginning, with a fresh group. */
async function collectRaw(topic: string) {
  const { Kafka, logLevel } = await import('kafkajs');
  const kafka = new Kafka({ clientId: 'job-seekers-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic))
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
  } finally {
    await admin.disconnect();
  }
  const consumer = kafka.consumer({ groupId: `job-seekers-test-${uniqueSuffix()}` });
  const messages: { key: string; raw: Buffer }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => void messages.push({ key: message.key?.toString() ?? '', raw: message.value ?? Buffer.alloc(0) }),
  });
  return { messages, stop: () => consumer.disconnect() };
}

describe('job seekers and the AK/1 card (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectRaw>>;
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  const ids: string[] = [];
  const personal: string[] = [];

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_seekers');
    drop = db.drop;
    topic = await collectRaw(JobSeekerRegistered.topic);
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(jobsService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  /** A woman born 1995-03-12 living in Kota Semarang (village 33.74.01.1001), SMK then D3. */
  const profile = (extra: Partial<jobsV1.JobSeeker> = {}): jobsV1.JobSeeker => {
    const birthDate = extra.birthDate ?? '1995-03-12';
    return {
      nik: nikFor('3374', birthDate, extra.sex === 'SEX_MALE' ? 1 : 2),
      name: 'Dewi Lestari',
      birthPlace: 'Semarang',
      birthDate,
      sex: 'SEX_FEMALE',
      maritalStatus: 'MARITAL_STATUS_SINGLE',
      religion: 'RELIGION_ISLAM',
      address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05', regionCode: '33.74.01.1001', postalCode: '50132' },
      phone: '+62 812-3456-5678',
      email: 'Dewi.Lestari@example.id',
      education: [
        { level: 'SMK', institution: 'SMK Negeri 7 Semarang', major: 'Teknik Elektronika', graduationYear: 2013 },
        { level: 'D3', institution: 'Politeknik Negeri Semarang', major: 'Teknik Listrik', graduationYear: 2016 },
      ],
      skills: ['Instalasi listrik', 'PLC'],
      skkniUnits: ['D.351100.004.01'],
      languages: ['Bahasa Indonesia', 'English'],
      experience: [{ position: 'Teknisi', employer: 'PT Listrik Jaya', kbjiCode: '7411', fromMonth: '2017-01', toMonth: '2020-12' }],
      wantedKbjiCodes: ['7411', '3113'],
      expectedWage: '4500000',
      ...extra,
    };
  };
  const register = async (extra: Partial<jobsV1.JobSeeker> = {}, requestId = '') => {
    const p = profile(extra);
    const s = await client.registerJobSeeker({ jobSeeker: p, requestId });
    ids.push(s.id);
    personal.push(p.nik!, p.name!, p.birthDate!, '081234565678', (p.address as { line: string }).line);
    return s;
  };
  const seekerService = () =>
    new JobSeekersService(svc.dataSource, new TransactionalOutbox(svc.dataSource, '/siapkerja/jobs', svc.relay), identity);
  /** Moves the card's issue date back (and its validity with it), as if issued that many months ago. */
  const ageCard = async (id: string, months: number, days = 0) => {
    const issued = addMonths(todayWib(), -months);
    const t = new Date(`${issued}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() - days);
    const issueDate = t.toISOString().slice(0, 10);
    await svc.dataSource.query(`UPDATE job_seekers SET card_issue_date = $2, card_valid_until = $3 WHERE id = $1`, [
      id,
      issueDate,
      addMonths(issueDate, 24),
    ]);
  };

  it('registers a valid job seeker with the full AK/1 profile', async () => {
    const p = profile();
    const s = await client.registerJobSeeker({ jobSeeker: p });
    ids.push(s.id);
    personal.push(p.nik!, p.name!, p.birthDate!, '081234565678', 'Jl. Pemuda No. 12');
    expect(s).toMatchObject({
      nik: p.nik,
      personId: identity.personId(p.nik!),
      name: 'Dewi Lestari',
      birthDate: '1995-03-12',
      sex: 'SEX_FEMALE',
      maritalStatus: 'MARITAL_STATUS_SINGLE',
      religion: 'RELIGION_ISLAM',
      address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05', regionCode: '33.74.01.1001', postalCode: '50132' },
      regionCode: '33.74',
      phone: '081234565678',
      email: 'dewi.lestari@example.id',
      educationLevel: 'D3',
      skills: ['Instalasi listrik', 'PLC'],
      skkniUnits: ['D.351100.004.01'],
      languages: ['Bahasa Indonesia', 'English'],
      wantedKbjiCodes: ['7411', '3113'],
      expectedWage: '4500000',
      state: 'JOB_SEEKER_STATE_REGISTERED',
      card: null,
      removalReason: '',
      endTime: '',
    });
    expect(s.experience).toEqual([
      { position: 'Teknisi', employer: 'PT Listrik Jaya', kbjiCode: '7411', fromMonth: '2017-01', toMonth: '2020-12' },
    ]);
    expect(await client.getJobSeeker({ id: s.id })).toMatchObject({ id: s.id, nik: p.nik, educationLevel: 'D3' });
    // a regency code as address is enough; the regency is stored
    const byRegency = await register({ address: { line: 'Jl. Diponegoro 1', regionCode: '3374' }, education: [] });
    expect(byRegency).toMatchObject({ regionCode: '33.74', educationLevel: 'NONE', address: { regionCode: '33.74' } });
  });

  it('refuses NIK / birth date / sex mismatches, under-18s and bad fields, naming each field, and stores nothing', async () => {
    const count = async () =>
      (
        await svc.dataSource.query(`SELECT (SELECT count(*) FROM job_seekers)::int AS s, (SELECT count(*) FROM outbox_events)::int AS o`)
      )[0];
    const before = await count();
    const call = (jobSeeker: jobsV1.JobSeeker) => client.registerJobSeeker({ jobSeeker }).catch((e) => e);
    const p = profile();

    const badNik = await call({ ...p, nik: '3374015203950000' });
    expect(badNik.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(badNik)).toEqual(['nik']);
    const birth = await call({ ...p, birthDate: '1995-03-13' });
    expect(birth.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(birth)).toEqual(['birthDate']);
    expect(birth.details).toMatch(/invalid/i);
    const sex = await call({ ...p, sex: 'SEX_MALE' });
    expect(fieldsOf(sex)).toEqual(['sex']);

    const today = todayWib();
    const seventeen = `${Number(today.slice(0, 4)) - 17}-01-01`;
    const young = await call(profile({ birthDate: seventeen }));
    expect(young.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(young)).toEqual(['birthDate']);
    expect(JSON.stringify(young.metadata.get('x-field-violations'))).toMatch(/at least 18/);

    const many = await call({
      ...p,
      name: '',
      maritalStatus: 'MARITAL_STATUS_UNSPECIFIED',
      address: { line: '', regionCode: '33.99.01.1001' },
      phone: '12345',
      email: 'not-an-email',
      education: [{ level: 'SMU', institution: 'x', graduationYear: 1800 }],
      skkniUnits: ['nope'],
      wantedKbjiCodes: [],
      expectedWage: '-5',
      experience: [{ position: 'Teknisi', employer: 'PT A', fromMonth: '2020-13', toMonth: '' }],
    });
    expect(many.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(many)).toEqual(
      expect.arrayContaining([
        'name',
        'maritalStatus',
        'address.line',
        'address.regionCode',
        'phone',
        'email',
        'education[0].level',
        'education[0].graduationYear',
        'skkniUnits[0]',
        'wantedKbjiCodes',
        'expectedWage',
        'experience[0].fromMonth',
      ]),
    );
    expect(await count()).toEqual(before);
  });

  it('keeps one job seeker per NIK: the same NIK again is ALREADY_EXISTS naming the existing id, unless with the same request id', async () => {
    const p = profile();
    const first = await client.registerJobSeeker({ jobSeeker: p, requestId: `rs-${uniqueSuffix()}` });
    ids.push(first.id);
    const dup = await client.registerJobSeeker({ jobSeeker: { ...p, name: 'Dewi L.' } }).catch((e) => e);
    expect(dup.code).toBe(status.ALREADY_EXISTS);
    expect(dup.details).toContain(first.id);
    expect(dup.details).not.toContain(p.nik);

    const key = `rs-${uniqueSuffix()}`;
    const q = profile();
    const a = await client.registerJobSeeker({ jobSeeker: q, requestId: key });
    const b = await client.registerJobSeeker({ jobSeeker: q, requestId: key });
    ids.push(a.id);
    expect(b.id).toBe(a.id);
    const c = await client.registerJobSeeker({ jobSeeker: q, requestId: `rs-${uniqueSuffix()}` }).catch((e) => e);
    expect(c.code).toBe(status.ALREADY_EXISTS);
    expect(c.details).toContain(a.id);
    // concurrent registrations of one NIK: exactly one wins, the others name it
    const r = profile();
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => client.registerJobSeeker({ jobSeeker: r })));
    const won = results.filter((x) => x.status === 'fulfilled') as PromiseFulfilledResult<jobsV1.JobSeeker__Output>[];
    expect(won).toHaveLength(1);
    ids.push(won[0].value.id);
    for (const x of results.filter((x) => x.status === 'rejected') as PromiseRejectedResult[]) {
      expect(x.reason.code).toBe(status.ALREADY_EXISTS);
      expect(x.reason.details).toContain(won[0].value.id);
    }
  });

  it('decides self-registration, reading and unmasking from the caller itself (rules in the service, not only the gateway)', async () => {
    const as = gatewayCaller;
    const p = profile();
    const personId = identity.personId(p.nik!);
    const self = as({ sub: `acc-${uniqueSuffix()}`, roles: ['JOB_SEEKER'], personId });
    const stranger = as({ sub: `acc-${uniqueSuffix()}`, roles: ['JOB_SEEKER'], personId: identity.personId(profile().nik!) });
    const partner = as({ sub: 'acc-p', roles: ['PARTNER'], clientId: `partner-${uniqueSuffix()}` });
    const lsp = as({ sub: 'acc-l', roles: ['LSP'] });
    // a person registers himself only: another's NIK, or no person id at all, is PERMISSION_DENIED straight from the rpc
    for (const who of [stranger, as({ sub: 'acc-x', roles: ['JOB_SEEKER'] })])
      await expect(client.registerJobSeeker({ jobSeeker: p }, who)).rejects.toMatchObject({
        code: status.PERMISSION_DENIED,
        details: expect.stringContaining('NIK of his own account'),
      });
    await expect(client.registerJobSeeker({ jobSeeker: p }, lsp)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    const mine = await client.registerJobSeeker({ jobSeeker: p }, self);
    expect(mine).toMatchObject({ nik: p.nik, personalDataMasked: false, religion: 'RELIGION_ISLAM' });
    // the person himself, officers of the region and the ministry read in clear; partners a masked view
    for (const who of [self, caller(['DISNAKER_REGENCY'], '33.74'), caller(['DISNAKER_PROVINCE'], '33'), caller(['MINISTRY_ADMIN']), {}])
      expect(await client.getJobSeeker({ id: mine.id }, who)).toMatchObject({
        nik: p.nik,
        phone: '081234565678',
        birthDate: p.birthDate,
        address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05' },
        personalDataMasked: false,
      });
    const masked = await client.getJobSeeker({ id: mine.id }, partner);
    expect(masked).toMatchObject({
      name: 'Dewi Lestari',
      nik: `3374********${p.nik!.slice(-4)}`,
      birthDate: '1995',
      address: { line: '', regionCode: '33.74', postalCode: '' },
      religion: 'RELIGION_UNSPECIFIED',
      personalDataMasked: true,
    });
    expect(JSON.stringify(masked)).not.toContain('Jl. Pemuda');
    expect(JSON.stringify(masked)).not.toContain('5678@');
    expect(masked.phone).not.toBe('081234565678');
    // another person reads nothing of it, not even that it exists (NOT_FOUND, as an unknown id); nobody but the person or
    // an officer reports for it
    await expect(client.getJobSeeker({ id: mine.id }, stranger)).rejects.toMatchObject({ code: status.NOT_FOUND });
    await expect(client.reportJobSeeker({ id: mine.id }, stranger)).rejects.toMatchObject({ code: status.NOT_FOUND });
    await expect(client.reportJobSeeker({ id: mine.id }, partner)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    // a registering partner gets the masked view of what it registered
    const other = profile();
    expect(await client.registerJobSeeker({ jobSeeker: other }, partner)).toMatchObject({
      personalDataMasked: true,
      phone: expect.not.stringMatching(/^0812345/),
    });
  });

  it('logs every answer in clear with its purpose (the stated X-Purpose, checked first, or the one the call implies), never a masked one', async () => {
    const p = profile();
    const personId = identity.personId(p.nik!);
    const self = gatewayCaller({ sub: `acc-${uniqueSuffix()}`, roles: ['JOB_SEEKER'], personId });
    const partner = gatewayCaller({ sub: 'acc-p', roles: ['PARTNER'], clientId: `partner-${uniqueSuffix()}` });
    const reader = gatewayCaller({ sub: 'acc-r', roles: ['PARTNER'], clientId: 'reader', scopes: ['jobs:read'] });
    const logged = (id: string) => accessLog.records.filter((e) => e.resourceId === id).map((e) => e.purpose);
    // without jobs:write only a person registers (himself) and reports
    for (const rpc of [() => client.registerJobSeeker({ jobSeeker: profile() }, reader), () => client.reportJobSeeker({ id: 'x' }, reader)])
      await expect(rpc()).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    expect((await client.registerJobSeeker({ jobSeeker: profile() }, reader).catch((e) => e)).details).toBe(
      'The token lacks the scope jobs:write',
    );
    const mine = await client.registerJobSeeker({ jobSeeker: p }, self);
    expect(accessLog.records.find((e) => e.resourceId === mine.id)).toMatchObject({
      resourceType: 'job-seeker',
      fields: ['nik', 'birthDate', 'phone', 'email', 'address', 'religion'],
      subjectPersonId: personId,
      purpose: 'DATA_SUBJECT_REQUEST',
      actor: { sub: expect.stringMatching(/^acc-/), roles: ['JOB_SEEKER'], clientId: '', regionCode: '' },
    });
    // an officer states why he reads in clear: without a purpose, or with an unknown one, 400 naming X-Purpose before anything
    const officer = (purpose?: string) =>
      gatewayCaller({
        sub: 'off-3374',
        roles: ['DISNAKER_REGENCY'],
        regionCode: '33.74',
        ...(purpose ? { purpose } : { purpose: undefined }),
      });
    for (const purpose of [undefined, 'MARKETING']) {
      for (const rpc of [
        () => client.getJobSeeker({ id: '00000000-0000-4000-8000-000000000000' }, officer(purpose)),
        () => client.listJobSeekers({}, officer(purpose)),
      ]) {
        const e = await rpc().catch((x) => x);
        expect(e.code).toBe(status.INVALID_ARGUMENT);
        expect(fieldsOf(e)).toEqual(['X-Purpose']);
      }
    }
    await client.getJobSeeker({ id: mine.id }, officer('supervision'));
    await client.getJobSeeker({ id: mine.id }, self);
    await client.getJobSeeker({ id: mine.id }, partner); // masked: not logged
    await client.getJobSeeker({ id: mine.id }); // the platform itself: not logged
    await client.listJobSeekers({ regionCode: '33.74', pageSize: 100 }, officer('STATISTICS'));
    await client.issueAk1Card({ id: mine.id }, officer());
    await client.removeJobSeeker({ id: mine.id, reason: 'Pindah domisili' }, officer());
    expect(logged(mine.id)).toEqual([
      'DATA_SUBJECT_REQUEST',
      'SUPERVISION',
      'DATA_SUBJECT_REQUEST',
      'STATISTICS',
      'AK1_ISSUANCE',
      'PLACEMENT_SERVICE',
    ]);
    // a read that cannot be logged is not served
    accessLog.down = true;
    try {
      await expect(client.getJobSeeker({ id: mine.id }, self)).rejects.toMatchObject({ code: status.UNAVAILABLE });
      expect((await client.getJobSeeker({ id: mine.id }, partner)).personalDataMasked).toBe(true);
    } finally {
      accessLog.down = false;
    }
  });

  it('lets only the regency officer of the seeker issue the AK/1 card: number with the regency code, valid 2 years, never twice', async () => {
    const s = await register();
    for (const who of [REGENCY_3373, PROVINCE_33, caller(['MINISTRY_ADMIN']), caller(['PARTNER']), {}]) {
      const denied = await client.issueAk1Card({ id: s.id }, who).catch((e) => e);
      expect(denied.code).toBe(status.PERMISSION_DENIED);
    }
    const issued = await client.issueAk1Card({ id: s.id }, REGENCY_3374);
    const today = todayWib();
    expect(issued.state).toBe('JOB_SEEKER_STATE_REGISTERED');
    expect(issued.card).toMatchObject({
      issuingRegionCode: '33.74',
      issueDate: today,
      validUntil: addMonths(today, 24),
      reportCount: 0,
      nextReportFrom: expect.any(String),
    });
    expect(issued.card!.number).toContain('33.74');
    expect(issued.card!.number).toMatch(new RegExp(`^AK1/33\\.74/${today.slice(0, 4)}/\\d{6}$`));
    const twice = await client.issueAk1Card({ id: s.id }, REGENCY_3374).catch((e) => e);
    expect(twice.code).toBe(status.FAILED_PRECONDITION);
    expect(twice.details).toMatch(/already holds AK\/1 card/);
    // numbers are unique per regency and year
    const other = await register();
    const next = await client.issueAk1Card({ id: other.id }, REGENCY_3374);
    expect(next.card!.number).not.toBe(issued.card!.number);
  });

  it('scopes officers to their region: province 32 cannot read a seeker of 33; listings default to the officer region', async () => {
    const s = await register();
    const denied = await client.getJobSeeker({ id: s.id }, PROVINCE_32).catch((e) => e);
    expect(denied.code).toBe(status.PERMISSION_DENIED);
    expect((await client.getJobSeeker({ id: s.id }, REGENCY_3373).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);
    expect((await client.getJobSeeker({ id: s.id }, PROVINCE_33)).id).toBe(s.id);

    const own = await client.listJobSeekers({ pageSize: 100 }, PROVINCE_33);
    expect(own.jobSeekers.map((x) => x.id)).toContain(s.id);
    expect(own.jobSeekers.every((x) => x.regionCode.startsWith('33.'))).toBe(true);
    expect((await client.listJobSeekers({ pageSize: 100 }, PROVINCE_32)).jobSeekers).toEqual([]);
    expect((await client.listJobSeekers({ regionCode: '33' }, PROVINCE_32).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);
    expect((await client.listJobSeekers({ regionCode: '33.74' }, REGENCY_3373).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);

    // cursor pagination over every seeker of 33.74, no duplicates, no gaps
    const seen: string[] = [];
    let pageToken = '';
    do {
      const page = await client.listJobSeekers({
        pageSize: 2,
        pageToken,
        regionCode: '33.74',
        state: 'JOB_SEEKER_STATE_REGISTERED',
      });
      seen.push(...page.jobSeekers.map((x) => x.id));
      pageToken = page.nextPageToken;
    } while (pageToken);
    const expected: { id: string }[] = await svc.dataSource.query(
      `SELECT id FROM job_seekers WHERE region_code = '33.74' AND state = 'REGISTERED' ORDER BY created_at DESC, id DESC`,
    );
    expect(seen).toEqual(expected.map((x) => x.id));
    const badToken = await client.listJobSeekers({ pageToken: 'garbage' }).catch((e) => e);
    expect(fieldsOf(badToken)).toEqual(['pageToken']);
  });

  it('takes six-monthly reports only inside their window and refuses illegal transitions', async () => {
    const s = await register();
    const noCard = await client.reportJobSeeker({ id: s.id }).catch((e) => e);
    expect(noCard.code).toBe(status.FAILED_PRECONDITION);
    expect(noCard.details).toMatch(/no AK\/1 card/);
    await client.issueAk1Card({ id: s.id }, REGENCY_3374);

    const early = await client.reportJobSeeker({ id: s.id }).catch((e) => e);
    expect(early.code).toBe(status.FAILED_PRECONDITION);
    expect(early.details).toMatch(/too early: the window of period 1/);

    await ageCard(s.id, 6);
    const reported = await client.reportJobSeeker({ id: s.id }, REGENCY_3374);
    expect(reported.state).toBe('JOB_SEEKER_STATE_REPORTED');
    expect(reported.card).toMatchObject({ reportCount: 1, lastReportedPeriod: 1, lastReportTime: expect.any(String) });
    const validUntil = reported.card!.validUntil;
    const again = await client.reportJobSeeker({ id: s.id }).catch((e) => e);
    expect(again.code).toBe(status.FAILED_PRECONDITION);
    expect(again.details).toMatch(/already made/);

    // period 2 missed by more than 30 days: too late, and nothing is extended
    await ageCard(s.id, 13, 5);
    const late = await client.reportJobSeeker({ id: s.id }).catch((e) => e);
    expect(late.code).toBe(status.FAILED_PRECONDITION);
    expect(late.details).toMatch(/too late: the window of period 2/);
    await ageCard(s.id, 18);
    const third = await client.reportJobSeeker({ id: s.id });
    expect(third.card).toMatchObject({ reportCount: 2, lastReportedPeriod: 3 });
    expect(third.card!.validUntil).toBe(addMonths(third.card!.issueDate, 24));
    expect(third.card!.validUntil <= validUntil).toBe(true);

    const noReason = await client.removeJobSeeker({ id: s.id, reason: ' ' }, REGENCY_3374).catch((e) => e);
    expect(fieldsOf(noReason)).toEqual(['reason']);
    expect((await client.removeJobSeeker({ id: s.id, reason: 'x' }, REGENCY_3373).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);
    expect((await client.removeJobSeeker({ id: s.id, reason: 'x' }, caller(['PARTNER'])).catch((e) => e)).code).toBe(
      status.PERMISSION_DENIED,
    );
    const removed = await client.removeJobSeeker({ id: s.id, reason: 'Pindah domisili ke luar daerah' }, REGENCY_3374);
    expect(removed).toMatchObject({
      state: 'JOB_SEEKER_STATE_REMOVED',
      removalReason: 'Pindah domisili ke luar daerah',
      endTime: expect.any(String),
    });
    expect(removed.card).toMatchObject({ nextReportFrom: '', nextReportUntil: '' });
    const onRemoved = await client.reportJobSeeker({ id: s.id }).catch((e) => e);
    expect(onRemoved.code).toBe(status.FAILED_PRECONDITION);
    expect(onRemoved.details).toMatch(/REMOVED/);
    expect((await client.removeJobSeeker({ id: s.id, reason: 'again' }, REGENCY_3374).catch((e) => e)).code).toBe(
      status.FAILED_PRECONDITION,
    );
    expect((await client.issueAk1Card({ id: s.id }, REGENCY_3374).catch((e) => e)).code).toBe(status.FAILED_PRECONDITION);
    expect((await client.getJobSeeker({ id: '00000000-0000-4000-8000-000000000000' }).catch((e) => e)).code).toBe(status.NOT_FOUND);
  });

  it('marks a seeker PLACED (the method applications use) once', async () => {
    const s = await register();
    await client.issueAk1Card({ id: s.id }, REGENCY_3374);
    const placed = await client.markJobSeekerPlaced({ id: s.id, vacancyId: '3b1f4f0e-8c0a-4f9b-9a52-2b7f1c1d2e3f' });
    expect(placed).toMatchObject({ state: 'JOB_SEEKER_STATE_PLACED', endTime: expect.any(String) });
    expect((await client.markJobSeekerPlaced({ id: s.id }).catch((e) => e)).code).toBe(status.FAILED_PRECONDITION);
    expect((await client.reportJobSeeker({ id: s.id }).catch((e) => e)).code).toBe(status.FAILED_PRECONDITION);
    expect(fieldsOf(await client.markJobSeekerPlaced({ id: s.id, vacancyId: 'nope' }).catch((e) => e))).toEqual(['vacancyId']);
    // the exported service method, directly
    const t = await register();
    expect((await seekerService().markPlaced(t.id)).state).toBe('PLACED');
  });

  it('expires cards automatically two years after issue', async () => {
    const s = await register();
    const noCard = await register();
    await client.issueAk1Card({ id: s.id }, REGENCY_3374);
    await ageCard(s.id, 24, 1);
    expect(await seekerService().expireDue(new Date())).toBeGreaterThanOrEqual(1);
    expect((await client.getJobSeeker({ id: s.id })).state).toBe('JOB_SEEKER_STATE_EXPIRED');
    expect((await client.getJobSeeker({ id: noCard.id })).state).toBe('JOB_SEEKER_STATE_REGISTERED');
    expect(await seekerService().expireDue(new Date())).toBe(0);
  });

  it('emits every state change on siapkerja.jobs.job-seeker.v1 with IPK dimensions and the person id, never personal data', async () => {
    const s = ids[0];
    const events = await waitFor(
      async () => {
        const ms = topic.messages.filter((m) => ids.includes(m.key));
        const types = ms.map((m) => JSON.parse(m.raw.toString()).type as string);
        return types.includes('siapkerja.jobs.job-seeker.expired') &&
          types.includes('siapkerja.jobs.job-seeker.placed') &&
          types.includes('siapkerja.jobs.job-seeker.removed')
          ? ms
          : undefined;
      },
      { what: 'job seeker events', timeoutMs: 30000 },
    );
    const first = events.filter((m) => m.key === s).map((m) => JSON.parse(m.raw.toString()));
    expect(first[0]).toMatchObject({
      type: 'siapkerja.jobs.job-seeker.registered',
      subject: s,
      regioncode: '33.74',
      data: {
        jobSeekerId: s,
        regionCode: '33.74',
        sex: 2,
        ageBand: '30-44',
        educationLevel: 'D3',
        wantedKbjiCodes: ['7411', '3113'],
        fromState: '',
        state: 'REGISTERED',
        cardIssued: false,
      },
    });
    const anyPersonId = JSON.parse(events[0].raw.toString()).data.personId;
    expect(anyPersonId).toMatch(/^p_/);
    const types = new Set(events.map((m) => JSON.parse(m.raw.toString()).type));
    for (const t of ['registered', 'card-issued', 'reported', 'removed', 'placed', 'expired'])
      expect(types).toContain(`siapkerja.jobs.job-seeker.${t}`);
    const card = events.map((m) => JSON.parse(m.raw.toString())).find((e) => e.type === 'siapkerja.jobs.job-seeker.card-issued');
    expect(card.data).toMatchObject({ issuingRegionCode: '33.74', cardIssued: true, validUntil: expect.any(String) });
    for (const m of events) {
      const text = m.raw.toString('utf8');
      for (const value of personal) expect(text).not.toContain(value);
      expect(text).not.toMatch(/"(nik|name|phone|email|birthDate|address)"/);
    }
  });
});
