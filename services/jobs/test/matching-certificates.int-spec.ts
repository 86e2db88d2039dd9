import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import {
  type CertificateEventData,
  CertificateIssued,
  CertificateRevoked,
  CertificateSuspended,
  type jobsV1,
  serviceDefinition,
} from '@siapkerja/contracts';
import { buildEvent, type EventDefinition } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  collectTopic,
  createTestDatabase,
  type FakeAccessLog,
  kafkaBrokers,
  serviceTestEnv,
  startFakeAccessLog,
  TEST_PERSON_SECRET,
  testNik,
  waitFor,
} from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';
import { gatewayCaller } from './support';

const as = gatewayCaller;
const partner = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
const identity = new PersonIdentity(TEST_PERSON_SECRET);
const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);

/**
 * Sertihub certificates in Karirhub matching: the jobs service keeps the certificates held per person from the certificate
 * events on Kafka (inbox, exactly once, older events never undo newer ones) and the CERTIFICATES component counts the VALID,
 * unexpired ones for the vacancy's occupation or units, naming them in the explanation.
 */
describe('matching with the certificates held (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'jobs-certificates-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  let employerId: string;
  let electrician: jobsV1.Vacancy__Output;
  let programmer: jobsV1.Vacancy__Output;
  let seeker: jobsV1.JobSeeker__Output;
  let personId: string;

  beforeAll(async () => {
    // the certificate topic exists before the consumer subscribes (a fresh broker has none)
    const t = await collectTopic([CertificateIssued.topic]);
    await t.stop();
    const db = await createTestDatabase('jobs_certificates');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    // no training service: the matches come without programs (matching.int-spec.ts tests them)
    svc = await startService(jobsService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url, TRAINING_GRPC_URL: '127.0.0.1:1' }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
    employerId = (
      await client.createEmployer(
        {
          employer: {
            nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
            legalName: 'PT Listrik Jaya',
            employerType: 'EMPLOYER_TYPE_PRIVATE',
            kbliCodes: ['43211'],
            regionCode: '33.74',
          },
        },
        partner,
      )
    ).id;
    const vacancy = (extra: Partial<jobsV1.Vacancy>) =>
      client.createVacancy(
        {
          vacancy: {
            employerId,
            positionName: 'Teknisi',
            kbjiCode: '7411',
            regionCode: '33.74',
            numberNeeded: 1,
            validFrom: day(0),
            validUntil: day(60),
            ...extra,
          },
        },
        partner,
      );
    electrician = await vacancy({ skkniUnits: ['D.351100.004.01', 'D.351100.010.01'] });
    // the seeker wants another occupation and has no skill in common: only a certificate can link him to this one
    programmer = await vacancy({ positionName: 'Programmer', kbjiCode: '2512', regionCode: '32.73', skkniUnits: ['J.620100.001.01'] });
    const nik = testNik('3374', '1996-05-20', 1);
    personId = identity.personId(nik);
    seeker = await client.registerJobSeeker({
      jobSeeker: {
        nik,
        name: 'Budi Santoso',
        birthPlace: 'Semarang',
        birthDate: '1996-05-20',
        sex: 'SEX_MALE',
        maritalStatus: 'MARITAL_STATUS_SINGLE',
        religion: 'RELIGION_ISLAM',
        address: { line: 'Jl. Pemuda 1', regionCode: '33.74' },
        education: [{ level: 'SMK', institution: 'SMK Negeri 7', major: 'Listrik', graduationYear: 2014 }],
        skills: ['Instalasi listrik'],
        skkniUnits: [],
        wantedKbjiCodes: ['7411'],
        expectedWage: '5000000',
      },
    });
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const certificate = (over: Partial<CertificateEventData> = {}): CertificateEventData => ({
    certificateId: randomUUID(),
    number: `62090 ${Math.floor(Math.random() * 1e9)}`,
    schemeId: randomUUID(),
    schemeCode: 'SKM-JWD-3',
    personId,
    competencyUnits: ['J.620100.001.01', 'J.620100.002.01'],
    kbjiCode: '2512',
    issueDate: day(-10),
    validUntil: day(1000),
    fromStatus: '',
    status: 'VALID',
    occurredAt: new Date().toISOString(),
    ...over,
  });
  const send = (e: { subject: string }) =>
    producer.send({ topic: CertificateIssued.topic, messages: [{ key: e.subject, value: JSON.stringify(e) }] });
  const publish = async (def: EventDefinition<CertificateEventData>, data: CertificateEventData) => {
    const e = buildEvent(def, '/siapkerja/certification', { subject: data.certificateId, data });
    await send(e);
    return e;
  };
  const held = async (certificateId: string) =>
    (
      await svc.dataSource.query(`SELECT status, valid_until::text AS valid_until FROM certificates_held WHERE certificate_id = $1`, [
        certificateId,
      ])
    )[0];
  const certificatesOf = async (vacancyId: string) => {
    const r = await client.match({ jobSeekerId: seeker.id, limit: 50 });
    return r.vacancies.find((m) => m.vacancyId === vacancyId)?.match?.components.find((c) => c.name === 'CERTIFICATES');
  };

  it('scores 0 and says so while the person holds no certificate; the other occupation is not even a candidate', async () => {
    expect(await certificatesOf(electrician.id)).toMatchObject({ score: 0, reason: 'the profile holds no SKKNI competency certificates' });
    expect(await certificatesOf(programmer.id)).toBeUndefined();
  });

  it('keeps the certificates held from the events exactly once, and a valid certificate raises the score with its reason', async () => {
    const before = (await client.match({ jobSeekerId: seeker.id, limit: 50 })).vacancies.find((m) => m.vacancyId === electrician.id)!.match!
      .score;
    const jwd = certificate();
    const event = await publish(CertificateIssued, jwd);
    await send(event); // the same event redelivered
    const tl = certificate({ number: 'LSP-TL 7411 0001', schemeCode: 'SKM-TL-3', kbjiCode: '7411', competencyUnits: ['D.351100.004.01'] });
    await publish(CertificateIssued, tl);
    await waitFor(async () => (await held(jwd.certificateId)) && (await held(tl.certificateId)), { what: 'certificates held' });
    await waitFor(
      async () =>
        (await svc.dataSource.query(`SELECT 1 FROM inbox_events WHERE event_id = $1 AND consumer = 'jobs.certificates-held'`, [event.id]))
          .length === 1,
      { what: 'inbox' },
    );
    const consumer = svc.consumers.find((c) => c.name === 'jobs.certificates-held')!;
    await waitFor(async () => consumer.stats.duplicate >= 1, { what: 'the redelivery absorbed' });
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM certificates_held WHERE person_id = $1`, [personId]);
    expect(n).toBe(2);
    const rows = JSON.stringify(await svc.dataSource.query(`SELECT * FROM certificates_held WHERE person_id = $1`, [personId]));
    expect(rows).not.toContain('Budi');

    // the electrician certificate is for the vacancy's occupation: full score, named in the explanation
    const el = await certificatesOf(electrician.id);
    expect(el).toMatchObject({ score: 1, weight: 0.1 });
    expect(el!.reason).toContain(
      `certificate LSP-TL 7411 0001 (scheme SKM-TL-3, valid until ${tl.validUntil}) certifies the vacancy's occupation 7411`,
    );
    expect(el!.reason).toContain("certified in 1 of the vacancy's 2 SKKNI units");
    const after = (await client.match({ jobSeekerId: seeker.id, limit: 50 })).vacancies.find((m) => m.vacancyId === electrician.id)!.match!
      .score;
    expect(after).toBeCloseTo(before + 0.1, 3);
    // the programmer certificate makes the programmer vacancy a candidate, with the reason
    expect(await certificatesOf(programmer.id)).toMatchObject({
      score: 1,
      reason: expect.stringContaining(`certificate ${jwd.number} (scheme SKM-JWD-3`),
    });

    // seen from the vacancy: the seeker is proposed for the programmer vacancy only thanks to the certificate
    const forProgrammer = await client.match({ vacancyId: programmer.id, limit: 50 }, partner);
    const proposed = forProgrammer.jobSeekers.find((m) => m.jobSeeker?.id === seeker.id);
    expect(proposed?.match?.components.find((c) => c.name === 'CERTIFICATES')).toMatchObject({
      score: 1,
      reason: expect.stringContaining(jwd.number),
    });
  });

  it('stops counting a certificate once suspended or revoked, and an older event delivered late never undoes a newer one', async () => {
    const tl = certificate({ number: 'LSP-TL 7411 0002', schemeCode: 'SKM-TL-4', kbjiCode: '7411', competencyUnits: ['D.351100.010.01'] });
    const issuedAt = new Date(Date.now() - 60_000).toISOString();
    await publish(CertificateIssued, { ...tl, occurredAt: issuedAt });
    await waitFor(async () => (await held(tl.certificateId))?.status === 'VALID', { what: 'issued' });
    await publish(CertificateRevoked, { ...tl, fromStatus: 'VALID', status: 'REVOKED', occurredAt: new Date().toISOString() });
    await waitFor(async () => (await held(tl.certificateId))?.status === 'REVOKED', { what: 'revoked' });
    // the issue again, late (an older event): the row stays REVOKED
    const late = await publish(CertificateIssued, { ...tl, occurredAt: issuedAt, fromStatus: '', status: 'VALID' });
    await waitFor(async () => (await svc.dataSource.query(`SELECT 1 FROM inbox_events WHERE event_id = $1`, [late.id])).length === 1, {
      what: 'late event consumed',
    });
    expect((await held(tl.certificateId)).status).toBe('REVOKED');

    // suspend the other electrician certificate too: nothing valid is left for the occupation
    const rows: { certificate_id: string; number: string }[] = await svc.dataSource.query(
      // this seeker's (the topic holds earlier runs' certificates of the same number, for other people)
      `SELECT certificate_id, number FROM certificates_held WHERE number = 'LSP-TL 7411 0001' AND person_id = $1`,
      [personId],
    );
    const first = rows[0];
    await publish(
      CertificateSuspended,
      certificate({
        certificateId: first.certificate_id,
        number: first.number,
        schemeCode: 'SKM-TL-3',
        kbjiCode: '7411',
        competencyUnits: ['D.351100.004.01'],
        fromStatus: 'VALID',
        status: 'SUSPENDED',
      }),
    );
    await waitFor(async () => (await held(first.certificate_id))?.status === 'SUSPENDED', { what: 'suspended' });
    const el = await certificatesOf(electrician.id);
    expect(el!.score).toBe(0);
    expect(el!.reason).toMatch(
      /cover none of the vacancy's 2 SKKNI units and are for other occupations than the vacancy's 7411; 2 not counted \((REVOKED, SUSPENDED|SUSPENDED, REVOKED)\)/,
    );
  });

  it('never counts a certificate past its last day of validity, even before the expiry event arrives', async () => {
    const old = certificate({
      number: 'LSP-TL 7411 0003',
      schemeCode: 'SKM-TL-5',
      kbjiCode: '7411',
      competencyUnits: ['D.351100.004.01', 'D.351100.010.01'],
      issueDate: day(-1200),
      validUntil: day(-1),
    });
    await publish(CertificateIssued, old);
    await waitFor(async () => (await held(old.certificateId))?.valid_until === day(-1), { what: 'held' });
    const el = await certificatesOf(electrician.id);
    expect(el!.score).toBe(0);
    expect(el!.reason).toMatch(/3 not counted \(.*EXPIRED.*\)/);
    // then valid again for today: counts
    const fresh = certificate({ ...old, certificateId: randomUUID(), number: 'LSP-TL 7411 0004', issueDate: day(0), validUntil: day(0) });
    await publish(CertificateIssued, fresh);
    await waitFor(async () => held(fresh.certificateId), { what: 'fresh held' });
    expect(await certificatesOf(electrician.id)).toMatchObject({ score: 1, reason: expect.stringContaining('LSP-TL 7411 0004') });
  });
});
