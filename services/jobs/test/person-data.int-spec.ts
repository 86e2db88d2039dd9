import { randomUUID } from 'node:crypto';
import { todayWib } from '@siapkerja/codes';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { type jobsV1, PersonErasureRequested, serviceDefinition } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
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
  waitFor,
} from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';
import { gatewayCaller } from './support';

const as = gatewayCaller;
const partner = as({ sub: 'client:pd', roles: ['PARTNER'], clientId: 'pd' });
const officer3374 = as({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
const province33 = as({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33' });
const ministry = as({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const personCaller = (personId: string) => as({ sub: `acc-${personId.slice(2, 10)}`, roles: ['JOB_SEEKER'], personId });
const code = (e: unknown) => (e as { code: number }).code;
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));

/** ExportPersonData: what the jobs service holds about one person, for that person's data export (UU 27/2022). */
describe('jobs: ExportPersonData (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'jobs-person-data-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  let serial = 1000 + Math.floor(Math.random() * 8000);

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_person_data');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(jobsService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  /** A woman born 1995-03-12 in Kota Semarang (33.74). */
  const input = (): jobsV1.JobSeeker => ({
    nik: `337401520395${String(serial++).padStart(4, '0')}`,
    name: 'Ratna Sari',
    birthPlace: 'Semarang',
    birthDate: '1995-03-12',
    sex: 'SEX_FEMALE',
    maritalStatus: 'MARITAL_STATUS_SINGLE',
    religion: 'RELIGION_ISLAM',
    address: { line: 'Jl. Pandanaran 9', regionCode: '33.74.01.1001', postalCode: '50134' },
    phone: '081311112222',
    email: 'ratna@example.id',
    education: [{ level: 'SMK', institution: 'SMK Negeri 7 Semarang', major: 'Listrik', graduationYear: 2013 }],
    skills: ['Instalasi listrik'],
    skkniUnits: [],
    languages: ['Bahasa Indonesia'],
    experience: [{ position: 'Teknisi', employer: 'PT Sumber Rejeki', kbjiCode: '7411', fromMonth: '2018-01', toMonth: '' }],
    wantedKbjiCodes: ['7411'],
    expectedWage: '4500000',
  });
  const vacancy = async (employerId: string, positionName: string) =>
    client.createVacancy(
      {
        vacancy: {
          employerId,
          positionName,
          kbjiCode: '7411',
          kbliCode: '43211',
          regionCode: '33.74',
          numberNeeded: 2,
          validFrom: day(0),
          validUntil: day(90),
        },
      },
      partner,
    );
  const exportAs = (personId: string, caller: ReturnType<typeof as>) => client.exportPersonData({ personId }, caller);

  let me: { input: jobsV1.JobSeeker; seeker: jobsV1.JobSeeker__Output; personId: string; applications: string[] };

  it("returns the person's own profile unmasked with the AK/1 card, and every application with its history", async () => {
    const mine = input();
    const seeker = await client.registerJobSeeker({ jobSeeker: mine });
    const other = await client.registerJobSeeker({ jobSeeker: input() });
    const personId = identity.personId(mine.nik!);
    await client.issueAk1Card({ id: seeker.id }, officer3374);
    const e = await client.createEmployer(
      {
        employer: {
          nib: nib(),
          legalName: 'PT Listrik Jaya',
          employerType: 'EMPLOYER_TYPE_PRIVATE',
          kbliCodes: ['43211'],
          regionCode: '33.74',
        },
      },
      partner,
    );
    const v1 = await vacancy(e.id, 'Teknisi Listrik');
    const v2 = await vacancy(e.id, 'Juru Instalasi');
    const a1 = await client.createApplication(
      { vacancyId: v1.id, jobSeekerId: seeker.id, coverLetter: 'Saya berpengalaman.' },
      personCaller(personId),
    );
    await client.transitionApplication({ id: a1.id, toState: 'APPLICATION_STATE_SHORTLISTED', note: 'cocok' }, partner);
    await client.transitionApplication(
      { id: a1.id, toState: 'APPLICATION_STATE_WITHDRAWN', note: 'sudah bekerja' },
      personCaller(personId),
    );
    const a2 = await client.createApplication({ vacancyId: v2.id, jobSeekerId: seeker.id }, personCaller(personId));
    // someone else's application is not part of my export
    await client.createApplication({ vacancyId: v1.id, jobSeekerId: other.id }, personCaller(other.personId));

    const r = await exportAs(personId, personCaller(personId));
    expect(r.jobSeeker).toMatchObject({
      id: seeker.id,
      personId,
      nik: mine.nik,
      name: 'Ratna Sari',
      birthPlace: 'Semarang',
      birthDate: '1995-03-12',
      phone: '081311112222',
      email: 'ratna@example.id',
      religion: 'RELIGION_ISLAM',
      address: { line: 'Jl. Pandanaran 9', regionCode: '33.74.01.1001', postalCode: '50134' },
      regionCode: '33.74',
      experience: [expect.objectContaining({ employer: 'PT Sumber Rejeki' })],
      expectedWage: '4500000',
      state: 'JOB_SEEKER_STATE_REGISTERED',
      card: expect.objectContaining({ number: expect.stringMatching(/^AK1\/33\.74\//), issuingRegionCode: '33.74', issueDate: day(0) }),
    });
    expect(r.applications.map((a) => a.id)).toEqual([a1.id, a2.id]);
    expect(r.applications[0]).toMatchObject({
      vacancyId: v1.id,
      positionName: 'Teknisi Listrik',
      state: 'APPLICATION_STATE_WITHDRAWN',
      coverLetter: 'Saya berpengalaman.',
      jobSeekerRegionCode: '33.74',
    });
    expect(r.applications[0].history.map((h) => [h.fromState, h.toState, h.actorSide, h.note])).toEqual([
      ['APPLICATION_STATE_UNSPECIFIED', 'APPLICATION_STATE_APPLIED', 'SEEKER', ''],
      ['APPLICATION_STATE_APPLIED', 'APPLICATION_STATE_SHORTLISTED', 'EMPLOYER', 'cocok'],
      ['APPLICATION_STATE_SHORTLISTED', 'APPLICATION_STATE_WITHDRAWN', 'SEEKER', 'sudah bekerja'],
    ]);
    expect(r.applications[1]).toMatchObject({
      vacancyId: v2.id,
      positionName: 'Juru Instalasi',
      state: 'APPLICATION_STATE_APPLIED',
      history: [expect.objectContaining({ toState: 'APPLICATION_STATE_APPLIED' })],
    });
    expect(r).toMatchObject({ eraseTime: '', processingRestrictTime: '' });
    me = { input: mine, seeker, personId, applications: [a1.id, a2.id] };
  });

  it('refuses every caller but the person himself and the ministry, before reading anything', async () => {
    const stranger = identity.personId('3374015203950000');
    for (const who of [
      personCaller(stranger),
      officer3374,
      province33,
      partner,
      as({ sub: 'acc-x', roles: ['JOB_SEEKER'] }),
      as({ sub: 'emp', roles: ['EMPLOYER'] }),
    ]) {
      expect(code(await exportAs(me.personId, who).catch((x) => x))).toBe(status.PERMISSION_DENIED);
    }
    // no caller at all (the service's own callers carry none) is refused too
    expect(code(await client.exportPersonData({ personId: me.personId }).catch((x) => x))).toBe(status.PERMISSION_DENIED);
    // an unknown person is refused the same way as a known one: the answer does not tell whether the person exists
    expect(code(await exportAs(stranger, officer3374).catch((x) => x))).toBe(status.PERMISSION_DENIED);
    const bad = await exportAs('not a person id', ministry).catch((x) => x);
    expect(code(bad)).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(bad.metadata.get('x-field-violations')[0])).toEqual([expect.objectContaining({ field: 'personId' })]);
  });

  it('answers the ministry in full, and a person without a job-seeker profile with nothing', async () => {
    const r = await exportAs(me.personId, ministry);
    expect(r.jobSeeker).toMatchObject({ id: me.seeker.id, nik: me.input.nik, phone: '081311112222' });
    expect(r.applications.map((a) => a.id)).toEqual(me.applications);
    const nobody = identity.personId('3374015203950001');
    expect(await exportAs(nobody, personCaller(nobody))).toEqual({
      jobSeeker: null,
      applications: [],
      eraseTime: '',
      processingRestrictTime: '',
    });
  });

  it('returns the pseudonymised profile once the person was erased, with the applications and the erasure time', async () => {
    const requestedAt = new Date();
    const event = buildEvent(PersonErasureRequested, '/siapkerja/gateway', {
      subject: me.personId,
      data: { personId: me.personId, requestId: randomUUID(), requestedAt: requestedAt.toISOString() },
    });
    await producer.send({ topic: PersonErasureRequested.topic, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
    const r = await waitFor(
      async () => {
        const x = await exportAs(me.personId, personCaller(me.personId));
        return x.eraseTime ? x : undefined;
      },
      { what: 'erasure carried out' },
    );
    expect(new Date(r.eraseTime).getTime()).toBe(requestedAt.getTime());
    expect(r.jobSeeker).toMatchObject({
      id: me.seeker.id,
      personId: me.personId,
      name: 'Dihapus (UU 27/2022)',
      birthPlace: '',
      birthDate: '1995-07-01',
      phone: '',
      email: '',
      regionCode: '33.74',
    });
    expect(r.jobSeeker!.nik).toMatch(/^X[0-9a-f]{15}$/);
    expect(r.jobSeeker!.address).toMatchObject({ line: '', postalCode: '' });
    expect(r.jobSeeker!.experience).toEqual([expect.objectContaining({ employer: '' })]);
    expect(JSON.stringify(r)).not.toContain(me.input.nik);
    expect(JSON.stringify(r)).not.toContain('Ratna Sari');
    expect(r.applications.map((a) => a.id)).toEqual(me.applications);
  });
});
