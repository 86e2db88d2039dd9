import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  CertificateIssued,
  JobSeekerPlaced,
  JobSeekerRegistered,
  JobSeekerRemoved,
  PlacementRecorded,
  ProgramPublished,
  SelfEmploymentPlacementRecorded,
  TrainingCompleted,
  TrainingDroppedOut,
  TrainingFailed,
  VacancyFilled,
  VacancyPublished,
  VacancyRegistered,
  type JobSeekerFactsData,
  type TrainingOutcomeData,
  type placementV1,
} from '@siapkerja/contracts';
import { buildEvent, type EventDefinition, type EventEnvelope } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  kafkaBrokers,
  serviceTestEnv,
  TEST_PERSON_SECRET,
  testNik,
  waitFor,
  prefixedProducer,
  testTopicPrefix,
} from '@siapkerja/testing';
import ExcelJS from 'exceljs';
import { IpkConsumer } from '../src/ipk/ipk.consumer';
import { labourMarketPage } from '../src/lmi/labour-market.page';
import { OutcomesConsumer } from '../src/outcomes/outcomes.consumer';
import { placementService } from '../src/placement.module';
import { PlacementsConsumer } from '../src/placements/placements.consumer';
import { rebuildFromArchive } from '../src/rebuild/rebuild';
import { ReportsConsumer } from '../src/reports/reports.consumer';

const caller = (c: object) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
const ministry = caller({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const officer = caller({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
const identity = new PersonIdentity(TEST_PERSON_SECRET);

/**
 * The proof of issue 14 at the service level: a scripted month (October 2026, Kota Semarang 33.74, with Salatiga 33.73 in
 * the same province) of vacancies posted and filled, seekers registered, placed and removed, a Karirhub hire, a Disnaker
 * placement batch (with a duplicate of the hire, a record outside the officer's region and a bad record), a TKM business,
 * a training cohort of 10 (and one of 9) completing and being placed, and a certificate. The IPK forms III/1-III/8 and the
 * outcomes are checked cell by cell; the rebuild from the archive gives the same cells.
 */
describe('placement: scripted month -> IPK III/1-III/8, outcomes, rebuild (real Kafka, PostgreSQL, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let ds: DataSource;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'scripted-month', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  // topics of this file's own: a second run on the same broker (or another file) does not feed it other events
  const topicPrefix = testTopicPrefix();
  const producer = prefixedProducer(kafka.producer(), topicPrefix);
  const sent: EventEnvelope[] = [];
  const M = '2026-10';

  async function send<T>(def: EventDefinition<T>, subject: string, data: T, regionCode?: string) {
    const e = buildEvent(def, '/siapkerja/test', { subject, data, ...(regionCode ? { regionCode } : {}) });
    sent.push(e);
    await producer.send({ topic: def.topic, messages: [{ key: subject, value: JSON.stringify(e) }] });
  }

  const seeker = (over: Partial<JobSeekerFactsData> & { personId: string }): JobSeekerFactsData => ({
    jobSeekerId: randomUUID(),
    regionCode: '33.74',
    sex: 1,
    ageBand: '20-29',
    educationLevel: 'SMK',
    wantedKbjiCodes: ['7411'],
    fromState: '',
    state: 'REGISTERED',
    cardIssued: false,
    ...over,
  });

  // people
  const nikG = Array.from({ length: 10 }, (_, i) => testNik('3374', `199${i % 10}-05-0${(i % 9) + 1}`, 1));
  const grads = nikG.map((n) => identity.personId(n));
  const nikNew = testNik('3374', '1995-04-02', 2); // female, 31 in Oct 2026 -> 30-44
  const providerId = randomUUID();
  const programA = randomUUID();
  const programB = randomUUID();
  const employerE1 = randomUUID();
  const units = ['C.282000.001.01', 'C.282000.002.01'];

  const outcome = (personId: string, programId: string, over: Partial<TrainingOutcomeData> = {}): TrainingOutcomeData => ({
    enrolmentId: randomUUID(),
    batchId: randomUUID(),
    programId,
    programTitle: programId === programA ? 'Instalasi Listrik Bangunan' : 'Las Listrik',
    providerId,
    providerKind: 'BLK_UPTD',
    personId,
    competencyUnits: units,
    kbjiCode: '7411',
    certificationSchemeId: '',
    regionCode: '33.74',
    sex: 1,
    ageBand: '20-29',
    outcome: 'COMPLETED',
    outcomeDate: '2026-03-15',
    occurredAt: '2026-03-15T08:00:00.000Z',
    ...over,
  });

  beforeAll(async () => {
    process.env.OUTCOMES_CURRENT_MONTH = '2026-11';
    const db = await createTestDatabase('placement_month');
    drop = db.drop;
    svc = await startService(placementService, serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: topicPrefix }));
    client = createServiceClient('placement', `127.0.0.1:${svc.grpcPort}`);
    ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
    await producer.connect();
  });
  afterAll(async () => {
    delete process.env.OUTCOMES_CURRENT_MONTH;
    await producer.disconnect();
    client?.close();
    await ds?.destroy();
    await svc?.stop();
    await drop?.();
  });

  const forms = async (region: string, month: string) =>
    Promise.all(
      ['III/1', 'III/2', 'III/3', 'III/4', 'III/5', 'III/6', 'III/7', 'III/8'].map((form) =>
        client.getIpkForm({ regionCode: region, month, form }, ministry),
      ),
    );
  const cell = (f: placementV1.IpkForm__Output, table: string, row: string, col: string) => {
    const t = f.tables.find((x) => x.name === table)!;
    return Number(t.rows.find((r) => r.key === row)!.values[t.columns.indexOf(col)]);
  };

  it('runs the month and produces IPK III/1-III/8 cell by cell', async () => {
    // September: three seekers, one vacancy of 5 positions
    const s1 = seeker({ personId: grads[1] });
    const s2 = seeker({ personId: `p_${'s2'.padEnd(43, 'x')}`, sex: 2, ageBand: '30-44', educationLevel: 'S1', wantedKbjiCodes: ['2514'] });
    const s3 = seeker({ personId: `p_${'s3'.padEnd(43, 'x')}`, sex: 2, educationLevel: 'SMA' });
    for (const s of [s1, s2, s3])
      await send(JobSeekerRegistered, s.jobSeekerId, { ...s, registeredAt: '2026-09-05T03:00:00.000Z' }, s.regionCode);
    const v1 = randomUUID();
    const vBase = { employerId: employerE1, regionCode: '33.74', numberNeeded: 5, validFrom: '2026-09-01', validUntil: '2026-12-31' };
    await send(
      VacancyRegistered,
      v1,
      {
        ...vBase,
        vacancyId: v1,
        positionName: 'Teknisi listrik',
        kbjiCode: '7411',
        state: 'PUBLISHED',
        registeredAt: '2026-09-02T03:00:00.000Z',
      },
      '33.74',
    );
    const published = {
      ...vBase,
      vacancyId: v1,
      fromState: 'DRAFT',
      state: 'PUBLISHED',
      positionName: 'Teknisi listrik',
      kbjiCode: '7411',
      kbliCode: '43211',
    };
    await send(VacancyPublished, v1, {
      ...published,
      sexRequirement: 'MALE',
      minEducation: 'SMK',
      employmentType: 'FULL_TIME',
      overseas: false,
      publishedAt: '2026-09-02T03:00:00.000Z',
    });
    // October: two seekers registered (one in Salatiga), s1 placed, s2 removed; a second vacancy; v1 filled with 2 hires
    const s4 = seeker({ personId: `p_${'s4'.padEnd(43, 'x')}`, ageBand: '15-19', educationLevel: 'SMP', wantedKbjiCodes: ['9313'] });
    const s5 = seeker({
      personId: `p_${'s5'.padEnd(43, 'x')}`,
      regionCode: '33.73',
      ageBand: '45-54',
      educationLevel: 'SD',
      wantedKbjiCodes: ['9313'],
    });
    for (const s of [s4, s5])
      await send(JobSeekerRegistered, s.jobSeekerId, { ...s, registeredAt: '2026-10-03T03:00:00.000Z' }, s.regionCode);
    await send(JobSeekerPlaced, s1.jobSeekerId, { ...s1, fromState: 'REGISTERED', state: 'PLACED', placedAt: '2026-10-10T03:00:00.000Z' });
    await send(JobSeekerRemoved, s2.jobSeekerId, {
      ...s2,
      fromState: 'REGISTERED',
      state: 'REMOVED',
      removedAt: '2026-10-20T03:00:00.000Z',
    });
    const v2 = randomUUID();
    await send(
      VacancyRegistered,
      v2,
      {
        ...vBase,
        vacancyId: v2,
        numberNeeded: 3,
        positionName: 'Pengembang perangkat lunak',
        kbjiCode: '2514',
        state: 'PUBLISHED',
        registeredAt: '2026-10-04T03:00:00.000Z',
      },
      '33.74',
    );
    await send(VacancyPublished, v2, {
      ...published,
      vacancyId: v2,
      numberNeeded: 3,
      kbjiCode: '2514',
      kbliCode: '62019',
      sexRequirement: 'ANY',
      minEducation: 'S1',
      employmentType: 'FULL_TIME',
      overseas: false,
      publishedAt: '2026-10-04T03:00:00.000Z',
    });
    await send(VacancyFilled, v1, {
      ...published,
      fromState: 'PUBLISHED',
      state: 'FILLED',
      numberHired: 2,
      filledAt: '2026-10-25T03:00:00.000Z',
    });
    // the Karirhub hire of s1 (graduate 1)
    const applicationId = randomUUID();
    await send(PlacementRecorded, applicationId, {
      applicationId,
      vacancyId: v1,
      jobSeekerId: s1.jobSeekerId,
      personId: grads[1],
      employerId: employerE1,
      employerType: 'PRIVATE',
      kbjiCode: '7411',
      kbliCode: '43211',
      kbliMainGroup: '43',
      workRegionCode: '33.74',
      overseas: false,
      jobSeekerRegionCode: '33.74',
      sex: 1,
      educationLevel: 'SMK',
      ageBand: '20-29',
      channel: 'AKL',
      placedAt: '2026-10-10T03:00:00.000Z',
    });
    // TKM: graduate 2 is a member of a business since August; a new member (female, SMA) starts in October
    const groupId = randomUUID();
    const tkm = {
      groupId,
      tkmProgramId: randomUUID(),
      role: 'MEMBER',
      kbliCode: '10792',
      kbliMainGroup: '10',
      regionCode: '33.74',
      educationLevel: 'SMA',
      channel: 'AKL',
      employerType: 'INDIVIDUAL',
    };
    await send(SelfEmploymentPlacementRecorded, groupId, {
      ...tkm,
      placementKey: `${groupId}:member:${grads[2]}`,
      personId: grads[2],
      sex: 1,
      ageBand: '20-29',
      placedAt: '2026-08-01',
      occurredAt: '2026-08-01T00:00:00Z',
    });
    const tkmNew = `p_${'tkm'.padEnd(43, 'x')}`;
    await send(SelfEmploymentPlacementRecorded, groupId, {
      ...tkm,
      placementKey: `${groupId}:member:${tkmNew}`,
      personId: tkmNew,
      sex: 2,
      ageBand: '30-44',
      placedAt: '2026-10-15',
      occurredAt: '2026-10-15T00:00:00Z',
    });
    // the cohort: 10 graduates of program A (plus one failure and one drop-out), 9 of program B; a program published
    for (const p of grads) await send(TrainingCompleted, p, outcome(p, programA));
    await send(TrainingFailed, 'f', outcome(`p_${'fail'.padEnd(43, 'x')}`, programA, { outcome: 'FAILED' }));
    await send(TrainingDroppedOut, 'd', outcome(`p_${'drop'.padEnd(43, 'x')}`, programA, { outcome: 'DROPPED_OUT' }));
    for (let i = 0; i < 9; i++) await send(TrainingCompleted, `b${i}`, outcome(`p_${`b${i}`.padEnd(43, 'x')}`, programB));
    await send(CertificateIssued, grads[0], {
      certificateId: randomUUID(),
      number: 'BNSP-1',
      schemeId: randomUUID(),
      schemeCode: 'SKM-LISTRIK',
      personId: grads[0],
      competencyUnits: [units[0]],
      kbjiCode: '7411',
      issueDate: '2026-04-01',
      validUntil: '2029-03-31',
      fromStatus: '',
      status: 'VALID',
      occurredAt: '2026-04-01T00:00:00Z',
    });
    await send(
      ProgramPublished,
      programA,
      {
        programId: programA,
        title: 'Instalasi Listrik Bangunan',
        regionCode: '33.74',
        kbjiCode: '7411',
        competencyUnits: units,
        capacity: 16,
        publishedAt: '2026-01-01T00:00:00Z',
      },
      '33.74',
    );

    // the Disnaker system's batch: graduate 0 placed in May (NIB), a duplicate of the Karirhub hire, a new female seeker (AKAD,
    // state-owned), one outside the officer's region and one invalid
    const rec = (key: string, over: Record<string, unknown>) => ({
      line: String(sent.length),
      key,
      kind: 'placement',
      json: JSON.stringify({
        kind: 'placement',
        key,
        regionCode: '33.74',
        channel: 'AKL',
        workRegionCode: '33.74',
        employerType: 'PRIVATE',
        kbjiCode: '7411',
        educationLevel: 'SMK',
        ...over,
      }),
    });
    const batch = [
      rec('d-1', { nik: nikG[0], employerNib: '9120001234567', placedOn: '2026-05-01' }),
      rec('d-2', { nik: nikG[1], employerId: employerE1, kbliCode: '43211', placedOn: '2026-10-12' }),
      rec('d-3', {
        nik: nikNew,
        employerNib: '9120007654321',
        employerType: 'STATE_OWNED',
        channel: 'AKAD',
        workRegionCode: '31.71',
        kbjiCode: '2514',
        kbliCode: '62019',
        educationLevel: 'S1',
        placedOn: '2026-10-20',
      }),
      rec('d-4', {
        nik: testNik('3578', '1990-01-01', 1),
        regionCode: '35.78',
        workRegionCode: '35.78',
        employerNib: '9120001234567',
        placedOn: '2026-10-20',
      }),
      rec('d-5', { nik: '3374010101900000', employerNib: '912', placedOn: '2026-10-20' }),
    ];
    // the hire must be recorded first for the duplicate to be recognised as one
    await waitFor(async () => (await ds.query(`SELECT 1 FROM placements WHERE application_id = $1`, [applicationId])).length > 0, {
      what: 'hire recorded',
    });
    const r = await client.applyImportBatch({ importId: 'imp-1', records: batch }, officer);
    expect(r.receipts.map((x) => [x.key, x.accepted])).toEqual([
      ['d-1', true],
      ['d-2', true],
      ['d-3', true],
      ['d-4', false],
      ['d-5', false],
    ]);
    expect(r.receipts[1].resourceId).toBe(applicationId); // the duplicate names the placement already counted
    expect(JSON.parse(r.receipts[3].problemJson)).toMatchObject({ status: 403, errors: [{ field: 'regionCode' }] });
    expect(JSON.parse(r.receipts[4].problemJson).errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['nik', 'employerNib']),
    );
    // replay: same receipts, nothing applied twice
    const again = await client.applyImportBatch({ importId: 'imp-2', records: batch.slice(0, 3) }, officer);
    expect(again.receipts.map((x) => x.resourceId)).toEqual(r.receipts.slice(0, 3).map((x) => x.resourceId));
    expect(again.receipts.map((x) => [x.line, x.key, x.accepted, x.problemJson])).toEqual(
      r.receipts.slice(0, 3).map((x) => [x.line, x.key, x.accepted, x.problemJson]),
    );
    // the receipts were answered from the placement sources (no receipt rows); the batch is one archive row of its three
    // accepted records, in order, and the replay archived nothing
    expect((await ds.query(`SELECT to_regclass('import_receipts') AS t`))[0].t).toBeNull();
    const archivedBatches: { subject: string }[] = await ds.query(
      `SELECT envelope::jsonb->>'subject' AS subject FROM event_archive WHERE consumer = 'imports' ORDER BY seq`,
    );
    expect(archivedBatches.map((b) => b.subject)).toEqual(['imp-1']);
    const [{ facts }] = await ds.query(
      `SELECT envelope::jsonb->'data' AS facts FROM event_archive WHERE consumer = 'imports' AND event_type = 'siapkerja.placement.import.batch-applied'`,
    );
    expect(
      (facts.rows as unknown[][]).map((row) =>
        String(row[(facts.fields as string[]).indexOf('sourceKey')])
          .split(':')
          .pop(),
      ),
    ).toEqual(['d-1', 'd-2', 'd-3']);
    // a seeker may not import
    await expect(
      client.applyImportBatch({ importId: 'x', records: batch }, caller({ sub: 's', roles: ['JOB_SEEKER'] })),
    ).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    // the NIK is nowhere in the database
    const nikHits = await ds.query(`SELECT count(*)::int AS n FROM event_archive WHERE envelope::text LIKE '%' || $1 || '%'`, [nikNew]);
    expect(nikHits[0].n).toBe(0);

    // wait until every event is applied by every consumer that handles it
    const consumers = [new ReportsConsumer(), new PlacementsConsumer(), new IpkConsumer(), new OutcomesConsumer()];
    const expected = sent.reduce((n, e) => n + consumers.filter((c) => c.handlers().some((h) => h.def.type === e.type)).length, 0);
    // (counted by this test's event ids: on a broker shared with other tests the consumers also archive older events)
    await waitFor(
      async () =>
        (
          await ds.query(`SELECT count(*)::int AS n FROM event_archive WHERE consumer <> 'imports' AND event_id = ANY($1)`, [
            sent.map((e) => e.id),
          ])
        )[0].n >= expected,
      {
        what: `${expected} archived events`,
        timeoutMs: 90000,
      },
    );

    const [f1, f2, f3, f4, f5, f6, f7, f8] = await forms('33.74', M);
    // III/1 job seekers by age band and sex
    expect(cell(f1, 'job_seekers_by_age_band', '20-29', 'carried_over_male')).toBe(1);
    expect(cell(f1, 'job_seekers_by_age_band', '20-29', 'carried_over_female')).toBe(1);
    expect(cell(f1, 'job_seekers_by_age_band', '20-29', 'placed_male')).toBe(1);
    expect(cell(f1, 'job_seekers_by_age_band', '20-29', 'remaining_female')).toBe(1);
    expect(cell(f1, 'job_seekers_by_age_band', '30-44', 'removed_female')).toBe(1);
    expect(cell(f1, 'job_seekers_by_age_band', '15-19', 'registered_male')).toBe(1);
    const t1 = f1.tables[0].rows.find((x) => x.key === 'TOTAL')!.values.map(Number);
    // carried over M1 F2 T3, registered M1 F0 T1, placed M1 F0 T1, removed M0 F1 T1, remaining M1 F1 T2
    expect(t1).toEqual([1, 2, 3, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 2]);
    // III/1 vacancies by sex (positions): MALE 5 carried, 2 filled, 3 removed; ANY 3 registered and remaining
    expect(f1.tables[1].rows.find((x) => x.key === 'MALE')!.values.map(Number)).toEqual([5, 0, 2, 3, 0]);
    expect(f1.tables[1].rows.find((x) => x.key === 'ANY')!.values.map(Number)).toEqual([0, 3, 0, 0, 3]);
    expect(f1.tables[1].rows.find((x) => x.key === 'TOTAL')!.values.map(Number)).toEqual([5, 3, 2, 3, 3]);
    // III/2 by education, III/3 by KBJI major group
    expect(cell(f2, 'job_seekers_by_education', 'SMK', 'placed_male')).toBe(1);
    expect(cell(f2, 'job_seekers_by_education', 'S1', 'removed_female')).toBe(1);
    expect(cell(f2, 'job_seekers_by_education', 'SMA', 'remaining_female')).toBe(1);
    expect(cell(f2, 'job_seekers_by_education', 'SMP', 'registered_male')).toBe(1);
    expect(cell(f3, 'job_seekers_by_kbji_major_group', '7', 'carried_over_total')).toBe(2);
    expect(cell(f3, 'job_seekers_by_kbji_major_group', '2', 'removed_total')).toBe(1);
    expect(cell(f3, 'job_seekers_by_kbji_major_group', '9', 'remaining_total')).toBe(1);
    // III/4-III/6 vacancies by education, KBJI major group, KBLI main group
    expect(f4.tables[0].rows.find((x) => x.key === 'SMK')!.values.map(Number)).toEqual([5, 0, 2, 3, 0]);
    expect(f4.tables[0].rows.find((x) => x.key === 'S1')!.values.map(Number)).toEqual([0, 3, 0, 0, 3]);
    expect(f5.tables[0].rows.find((x) => x.key === '7')!.values.map(Number)).toEqual([5, 0, 2, 3, 0]);
    expect(f5.tables[0].rows.find((x) => x.key === '2')!.values.map(Number)).toEqual([0, 3, 0, 0, 3]);
    expect(f6.tables[0].rows.find((x) => x.key === '43')!.values.map(Number)).toEqual([5, 0, 2, 3, 0]);
    expect(f6.tables[0].rows.find((x) => x.key === '62')!.values.map(Number)).toEqual([0, 3, 0, 0, 3]);
    // III/7 placements by KBLI main group and sex: the hire (43, M; reported twice, counted once), the Disnaker AKAD
    // placement (62, F), the TKM member (10, F)
    const row7 = (k: string) => f7.tables[0].rows.find((x) => x.key === k)!.values.map(Number);
    expect([row7('10'), row7('43'), row7('62'), row7('TOTAL')]).toEqual([
      [0, 1, 1],
      [1, 0, 1],
      [0, 1, 1],
      [1, 2, 3],
    ]);
    // III/8 by channel, education and employer type
    const row8 = (t: string, k: string) =>
      f8.tables
        .find((x) => x.name === t)!
        .rows.find((x) => x.key === k)!
        .values.map(Number);
    expect(row8('placements_by_channel', 'AKL')).toEqual([1, 1, 2]);
    expect(row8('placements_by_channel', 'AKAD')).toEqual([0, 1, 1]);
    expect(row8('placements_by_channel', 'AKAN')).toEqual([0, 0, 0]);
    // columns AKL L, AKL P, AKAD L, AKAD P, AKAN L, AKAN P, total
    expect(row8('placements_by_education', 'SMK')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row8('placements_by_education', 'S1')).toEqual([0, 0, 0, 1, 0, 0, 1]);
    expect(row8('placements_by_education', 'SMA')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row8('placements_by_employer_type', 'PRIVATE')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row8('placements_by_employer_type', 'STATE_OWNED')).toEqual([0, 0, 0, 1, 0, 0, 1]);
    expect(row8('placements_by_employer_type', 'INDIVIDUAL')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    // the duplicate kept both sources
    const hire = await client.listPlacements({ regionCode: '33.74', month: M, source: 'DISNAKER', pageSize: 10 }, officer);
    expect(hire.placements.map((p) => [p.id === applicationId ? 'hire' : 'other', p.sources.join('+')]).sort()).toEqual([
      ['hire', 'DISNAKER+KARIRHUB'],
      ['other', 'DISNAKER'],
    ]);

    // roll-up: the province adds Salatiga's seeker (45-54, registered); next month's carried over = this month's remaining
    const [p1] = await forms('33', M);
    expect(cell(p1, 'job_seekers_by_age_band', '45-54', 'registered_male')).toBe(1);
    expect(cell(p1, 'job_seekers_by_age_band', 'TOTAL', 'remaining_total')).toBe(3);
    const [n1] = await forms('33.74', '2026-11');
    for (const col of ['male', 'female', 'total']) {
      for (const band of ['15-19', '20-29', '30-44', '45-54', '55+', 'TOTAL']) {
        expect(cell(n1, 'job_seekers_by_age_band', band, `carried_over_${col}`)).toBe(
          cell(f1, 'job_seekers_by_age_band', band, `remaining_${col}`),
        );
      }
    }
    // the invariant in every row of every seeker and vacancy table
    for (const f of [f1, f2, f3, f4, f5, f6, p1, n1]) {
      for (const t of f.tables) {
        for (const row of t.rows) {
          const at = (c: string) => Number(row.values[t.columns.indexOf(c)]);
          for (const g of t.columns.includes('remaining') ? [''] : ['_male', '_female', '_total']) {
            const out = t.columns.includes('filled') ? at(`filled${g}`) : at(`placed${g}`);
            expect(at(`remaining${g}`)).toBe(at(`carried_over${g}`) + at(`registered${g}`) - out - at(`removed${g}`));
          }
        }
      }
    }
    // an officer sees his own regency, not another's, and not the nation
    await expect(client.getIpkForm({ regionCode: '33.73', month: M, form: 'III/1' }, officer)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(client.getIpkForm({ regionCode: '00', month: M, form: 'III/7' }, officer)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(
      client.getIpkForm({ regionCode: '00', month: M, form: 'III/7' }, caller({ sub: 'partner', roles: ['PARTNER'], clientId: 'p' })),
    ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    const nation = await client.getIpkForm({ regionCode: '00', month: M, form: 'III/7' }, ministry);
    expect(nation.tables[0].rows.find((x) => x.key === 'TOTAL')!.values.map(Number)).toEqual([1, 2, 3]);

    // the forms as the REST route asks them: one (III-1 is IPK III/1) or all eight, as data or rendered as a file
    const ipk = (form: string, format: string, as = officer) => client.getIpkForms({ regionCode: '33.74', month: M, form, format }, as);
    const one = await ipk('III-7', '');
    expect(one.file).toBeNull();
    expect(one.forms).toEqual([await client.getIpkForm({ regionCode: '33.74', month: M, form: 'III/7' }, officer)]);
    expect((await ipk('ALL', 'json')).forms.map((f) => f.form)).toEqual([
      'III/1',
      'III/2',
      'III/3',
      'III/4',
      'III/5',
      'III/6',
      'III/7',
      'III/8',
    ]);
    expect((await ipk('', '')).forms).toHaveLength(8);
    const csv = (await ipk('III-1', 'csv')).file!;
    expect([csv.contentType, csv.filename]).toEqual(['text/csv; charset=utf-8', `ipk-33.74-${M}-III-1.csv`]);
    expect(csv.body.toString('utf8').split('\n')[0]).toMatch(/^form,region,month,table,key,label,carried_over_male,/);
    expect(csv.body.toString('utf8').split('\n')[1]).toMatch(new RegExp(`^III/1,33\\.74,${M},job_seekers_by_age_band,`));
    const xlsx = (await ipk('ALL', 'xlsx')).file!;
    expect([xlsx.contentType, xlsx.filename]).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `ipk-33.74-${M}.xlsx`,
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'IPK III-1',
      'IPK III-2',
      'IPK III-3',
      'IPK III-4',
      'IPK III-5',
      'IPK III-6',
      'IPK III-7',
      'IPK III-8',
    ]);
    expect(wb.getWorksheet('IPK III-1')!.getCell('A1').value).toBe('FORMULIR IPK III/1');
    await expect(ipk('III-9', 'json')).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    await expect(ipk('ALL', 'pdf')).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    await expect(client.getIpkForms({ regionCode: '33.73', month: M, form: 'III-1', format: 'csv' }, officer)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
  }, 180000);

  it('measures the cohort of 10 and withholds the cohort of 9 (and leaves it out of the total)', async () => {
    const all = await client.getGraduateOutcomes(
      { regionCode: '33.74', providerId, programId: '', cohortFrom: '', cohortTo: '' },
      ministry,
    );
    const a = all.rows.find((r) => r.programId === programA)!;
    const b = all.rows.find((r) => r.programId === programB)!;
    const v = (c: placementV1.OutcomeCell__Output | null) => [c!.value, c!.status];
    // 10 graduates; 1 failed and 1 dropped out beside them; graduate 0 certified (unit shared, issued after the start);
    // placed: graduate 0 in May (47 days, within 3 months, matched), graduate 2 (TKM, Aug 1: 139 days, within 6, not
    // matched: no KBJI), graduate 1 (hire Oct 10: 209 days, within 12, matched)
    expect(v(a.graduates)).toEqual([10, 'SHOWN']);
    expect(v(a.failed)).toEqual([1, 'SHOWN']);
    expect(v(a.droppedOut)).toEqual([1, 'SHOWN']);
    expect(v(a.certified)).toEqual([1, 'SHOWN']);
    expect(v(a.placed_3m)).toEqual([1, 'SHOWN']);
    expect(v(a.placed_6m)).toEqual([2, 'SHOWN']);
    expect(v(a.placed_12m)).toEqual([3, 'SHOWN']);
    expect(v(a.employmentRate)).toEqual([0.2, 'SHOWN']);
    expect(v(a.medianDaysToPlacement)).toEqual([139, 'SHOWN']);
    expect(a.matchedShare!.value).toBeCloseTo(2 / 3);
    // a withheld cell carries no value at all (null in every REST view)
    expect(v(b.graduates)).toEqual([undefined, 'SUPPRESSED']);
    expect(v(b.placed_6m)).toEqual([undefined, 'SUPPRESSED']);
    expect(v(all.total!.graduates)).toEqual([10, 'SHOWN']);
    expect(all.withheldGroups).toBe(1);
    const onlyB = await client.getGraduateOutcomes(
      { regionCode: '', providerId: '', programId: programB, cohortFrom: '', cohortTo: '' },
      ministry,
    );
    expect(v(onlyB.total!.graduates)).toEqual([undefined, 'SUPPRESSED']);
    // a training provider sees its own programs only (another provider's id is refused; none given means its own)
    const provider = (org: string) => caller({ sub: 'blk', roles: ['TRAINING_PROVIDER'], organizationId: org });
    const own = await client.getGraduateOutcomes(
      { regionCode: '', providerId: '', programId: '', cohortFrom: '', cohortTo: '' },
      provider(providerId),
    );
    expect(own.rows.map((r) => r.providerId)).toEqual([providerId, providerId]);
    const other = await client.getGraduateOutcomes(
      { regionCode: '', providerId: '', programId: '', cohortFrom: '', cohortTo: '' },
      provider(randomUUID()),
    );
    expect(other.rows).toEqual([]);
    await expect(
      client.getGraduateOutcomes({ regionCode: '', providerId, programId: '', cohortFrom: '', cohortTo: '' }, provider(randomUUID())),
    ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    // the person's trace: his own token, or the ministry; another person may not
    const mine = await client.getPersonTrace({ personId: grads[0] }, caller({ sub: 'g0', roles: ['JOB_SEEKER'], personId: grads[0] }));
    expect(mine.trainings.map((t) => [t.outcome, t.outcomeDate])).toEqual([['COMPLETED', '2026-03-15']]);
    expect(mine.certificates.map((c) => c.issueDate)).toEqual(['2026-04-01']);
    expect(mine.placements.map((p) => p.placedOn)).toEqual(['2026-05-01']);
    expect(mine.daysToPlacement).toBe(47);
    // not placed after his completion: no days (null in the REST view)
    const unplaced = await client.getPersonTrace({ personId: grads[3] }, ministry);
    expect(unplaced.trainings).toHaveLength(1);
    expect(unplaced.daysToPlacement).toBeUndefined();
    await expect(
      client.getPersonTrace({ personId: grads[0] }, caller({ sub: 'x', roles: ['JOB_SEEKER'], personId: grads[3] })),
    ).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    // labour market: 7411 positions 0 open after v1 was filled; 2514 (3 open positions, no seekers) is in shortage
    const lmi = await client.getLabourMarket({ regionCode: '33.74', month: M });
    const g25 = lmi.rows.find((r) => r.kbjiGroup === '25')!;
    expect([g25.openPositions, g25.jobSeekers, g25.gap, g25.shortage]).toEqual(['3', '0', '3', true]);
    expect(lmi.trend.find((t) => t.month === M)).toMatchObject({ jobSeekers: '2', openPositions: '3', placements: '3' });
    // the public page is the HTML of exactly that answer
    const page = await client.renderLabourMarketPage({ regionCode: '33.74', month: M });
    expect([page.contentType, page.filename]).toEqual(['text/html; charset=utf-8', '']);
    expect(page.body.toString('utf8')).toBe(labourMarketPage(lmi));
    expect(page.body.toString('utf8')).toContain('<span id="wilayah">KOTA SEMARANG</span> (33.74)');
    await expect(client.renderLabourMarketPage({ regionCode: '99', month: M })).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('rebuilds every read model from the archive with the same cells', async () => {
    const snapshot = async () =>
      JSON.stringify([
        await forms('33.74', M),
        await forms('33', M),
        await forms('33.74', '2026-09'),
        await forms('33.74', '2026-11'),
        await client.getGraduateOutcomes({ regionCode: '33.74', providerId, programId: '', cohortFrom: '', cohortTo: '' }, ministry),
        await client.getLabourMarket({ regionCode: '33.74', month: M }),
        await client.listPlacements(
          { regionCode: '', month: '', channel: '', source: '', kbjiCode: '', pageSize: 100, pageToken: '' },
          ministry,
        ),
      ]);
    const live = await snapshot();
    const counts = await ds.query(`SELECT (SELECT count(*) FROM placements) AS p, (SELECT count(*) FROM ipk_job_seekers) AS s`);
    await ds.query(`DELETE FROM placements; DELETE FROM ipk_job_seekers; DELETE FROM ipk_vacancies; DELETE FROM training_outcomes`);
    expect(await snapshot()).not.toEqual(live);
    const r = await rebuildFromArchive(ds);
    expect(r.replayed).toBeGreaterThan(40);
    expect(await snapshot()).toEqual(live);
    expect(await ds.query(`SELECT (SELECT count(*) FROM placements) AS p, (SELECT count(*) FROM ipk_job_seekers) AS s`)).toEqual(counts);
  });
});
