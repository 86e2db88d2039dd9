import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { PersonErasureRequested, PersonProcessingRestricted, type jobsV1 } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, serviceTestEnv, TEST_PERSON_SECRET, waitFor } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';

/** The gateway's erasure and restriction requests (UU 27/2022), carried out by the jobs service from real Kafka events. */
describe('job seekers: data-subject requests from the gateway', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'jobs-privacy-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  let serial = 2000 + Math.floor(Math.random() * 7000);

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_privacy');
    drop = db.drop;
    svc = await startService(jobsService, serviceTestEnv(db.url, { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  const seeker = (): jobsV1.JobSeeker => ({
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
    education: [{ level: 'S1', institution: 'Universitas Diponegoro', major: 'Akuntansi', graduationYear: 2017 }],
    skills: ['Akuntansi'],
    skkniUnits: [],
    languages: ['Bahasa Indonesia'],
    experience: [{ position: 'Staf Keuangan', employer: 'PT Sumber Rejeki', kbjiCode: '3313', fromMonth: '2018-01', toMonth: '' }],
    wantedKbjiCodes: ['2411'],
    expectedWage: '6000000',
  });
  const send = (envelope: { subject: string }) =>
    producer.send({ topic: PersonErasureRequested.topic, messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }] });

  it('pseudonymises the personal fields on erasure, once, and keeps what the statistics need', async () => {
    const input = seeker();
    const s = await client.registerJobSeeker({ jobSeeker: input });
    const other = await client.registerJobSeeker({ jobSeeker: seeker() });
    const personId = identity.personId(input.nik!);
    const event = buildEvent(PersonErasureRequested, '/siapkerja/gateway', {
      subject: personId,
      data: { personId, requestId: randomUUID(), requestedAt: new Date().toISOString() },
    });
    await send(event);
    await send(event); // redelivered: the inbox absorbs it

    const erased = await waitFor(
      async () => {
        const r = await client.getJobSeeker({ id: s.id });
        return r.name !== 'Ratna Sari' ? r : undefined;
      },
      { what: 'erasure carried out' },
    );
    expect(erased).toMatchObject({
      name: 'Dihapus (UU 27/2022)',
      birthPlace: '',
      birthDate: '1995-07-01',
      phone: '',
      email: '',
      sex: 'SEX_FEMALE',
      regionCode: '33.74',
    });
    expect(erased.nik).toMatch(/^X[0-9a-f]{15}$/);
    expect(erased.address).toMatchObject({ line: '', postalCode: '' });
    expect(erased.education).toEqual([expect.objectContaining({ level: 'S1', institution: '', major: '' })]);
    expect(erased.experience).toEqual([expect.objectContaining({ position: 'Staf Keuangan', employer: '', kbjiCode: '3313' })]);
    expect(erased.wantedKbjiCodes).toEqual(['2411']);
    const rows = await svc.dataSource.query(`SELECT count(*)::int AS n FROM job_seekers WHERE erased_at IS NOT NULL`);
    expect(rows[0].n).toBe(1);
    const raw = JSON.stringify(await svc.dataSource.query(`SELECT * FROM job_seekers WHERE id = $1`, [s.id]));
    for (const personal of [
      input.nik,
      'Ratna Sari',
      'Jl. Pandanaran',
      '081311112222',
      'ratna@example.id',
      'Universitas Diponegoro',
      'PT Sumber Rejeki',
      '1995-03-12',
    ])
      expect(raw).not.toContain(personal);
    // the other person is untouched
    expect((await client.getJobSeeker({ id: other.id })).name).toBe('Ratna Sari');
  });

  it('marks the seeker restricted on a restriction request, and matching no longer proposes him', async () => {
    const input = seeker();
    const s = await client.registerJobSeeker({ jobSeeker: input });
    const employer = await client.createEmployer({
      employer: {
        nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
        legalName: 'PT Akurat',
        employerType: 'EMPLOYER_TYPE_PRIVATE',
        kbliCodes: ['69201'],
        regionCode: '33.74',
      },
    });
    const vacancy = await client.createVacancy({
      vacancy: {
        employerId: employer.id,
        positionName: 'Akuntan',
        kbjiCode: '2411',
        regionCode: '33.74',
        numberNeeded: 1,
        validFrom: '2026-11-01',
        validUntil: '2027-02-28',
        skills: ['Akuntansi'],
      },
    });
    const proposed = async () => (await client.match({ vacancyId: vacancy.id, limit: 50 })).jobSeekers.map((m) => m.jobSeeker?.id);
    expect(await proposed()).toContain(s.id);
    const personId = identity.personId(input.nik!);
    const event = buildEvent(PersonProcessingRestricted, '/siapkerja/gateway', {
      subject: personId,
      data: { personId, requestId: randomUUID(), restrictedAt: new Date().toISOString() },
    });
    await producer.send({ topic: PersonProcessingRestricted.topic, messages: [{ key: personId, value: JSON.stringify(event) }] });
    await waitFor(
      async () => {
        const [r] = await svc.dataSource.query(`SELECT processing_restricted_at FROM job_seekers WHERE id = $1`, [s.id]);
        return r.processing_restricted_at !== null;
      },
      { what: 'restriction recorded' },
    );
    expect(await proposed()).not.toContain(s.id);
  });
});
