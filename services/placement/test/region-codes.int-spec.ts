import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  JobSeekerRegistered,
  PlacementRecorded,
  ProgramPublished,
  SelfEmploymentPlacementRecorded,
  TrainingCompleted,
  VacancyRegistered,
  type JobSeekerRegisteredData,
  type TrainingOutcomeData,
} from '@siapkerja/contracts';
import { buildEvent, defineEvent, type EventDefinition, type EventEnvelope } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, prefixedProducer, serviceTestEnv, testNik, testTopicPrefix, waitFor } from '@siapkerja/testing';
import { IMPORT_ARCHIVE_TOPIC, IMPORT_BATCH_APPLIED_TYPE, IMPORTS_CONSUMER, packFacts } from '../src/archive/archive';
import { IpkConsumer } from '../src/ipk/ipk.consumer';
import { OutcomesConsumer } from '../src/outcomes/outcomes.consumer';
import { placementService } from '../src/placement.module';
import { PlacementsConsumer } from '../src/placements/placements.consumer';
import type { PlacementFact } from '../src/placements/placements.rules';
import { rebuildFromArchive } from '../src/rebuild/rebuild';
import { ReportsConsumer } from '../src/reports/reports.consumer';

const caller = (c: object) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
const ministry = caller({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const regencyOfficer = caller({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
const provinceOfficer = caller({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33' });

/** Kota Salatiga (33.73) as isRegionCode accepts it: padded, with a line feed or a tab, undotted. */
const SALATIGA = ['3373', ' 33.73', '33.73\n', '33.73\t', ' 33.73\n'];
/** Jawa Tengah (33) likewise. */
const JATENG = [' 33', '33\n', '33\t'];

/**
 * Region codes as isRegionCode accepts them (' 33.73', '33.73\n', '3373' are 33.73; ' 33' is 33): whatever form an import
 * record, another service's event or a query gives, the rows carry the canonical code and every report, list and officer
 * scope answers as for the canonical one (real Kafka, PostgreSQL and gRPC).
 */
describe('placement: hostile-but-valid region codes are stored and queried in their canonical form', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let ds: DataSource;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'region-codes', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  // topics of this file's own: a second run on the same broker (or another file) does not feed it other events
  const topicPrefix = testTopicPrefix();
  const producer = prefixedProducer(kafka.producer(), topicPrefix);
  const sent: EventEnvelope[] = [];
  const M = '2025-03';
  const providerId = randomUUID();
  const programId = randomUUID();
  const graduates = Array.from({ length: 10 }, (_, i) => `p_${`grad${i}`.padEnd(43, 'x')}`);

  async function send<T>(def: EventDefinition<T>, subject: string, data: T, regionCode?: string) {
    // sent in the month reported (activity is counted in the month of the envelope's time)
    const e = buildEvent(def, '/siapkerja/test', {
      subject,
      data,
      time: new Date(`${M}-15T03:00:00.000Z`),
      ...(regionCode ? { regionCode } : {}),
    });
    sent.push(e);
    await producer.send({ topic: def.topic, messages: [{ key: subject, value: JSON.stringify(e) }] });
  }

  beforeAll(async () => {
    const db = await createTestDatabase('placement_region_codes');
    drop = db.drop;
    svc = await startService(placementService, serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: topicPrefix }));
    client = createServiceClient('placement', `127.0.0.1:${svc.grpcPort}`);
    ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await ds?.destroy();
    await svc?.stop();
    await drop?.();
  });

  /** Every region code and province code stored in the read models (the cells' too), distinct. */
  async function storedCodes(): Promise<{ regions: string[]; provinces: string[]; work: string[] }> {
    const tables = [
      'placements',
      'ipk_job_seekers',
      'ipk_vacancies',
      'training_outcomes',
      'vacancy_registrations',
      'activity_counts',
      'ipk_placement_cells',
      'ipk_seeker_cells',
      'ipk_vacancy_cells',
    ];
    const union = (col: string, from: string[]) => from.map((t) => `SELECT ${col} AS c FROM ${t}`).join(' UNION ');
    const codes = async (sql: string) => ((await ds.query(`SELECT DISTINCT c FROM (${sql}) u`)) as { c: string }[]).map((r) => r.c).sort();
    return {
      regions: await codes(union('region_code', [...tables, 'programs_seen'])),
      provinces: await codes(union('province_code', tables)),
      work: await codes(union('work_region_code', ['placements'])),
    };
  }

  const record = (key: string, over: Record<string, unknown>) => ({
    line: '1',
    key,
    kind: 'placement',
    json: JSON.stringify({
      kind: 'placement',
      channel: 'AKL',
      employerType: 'PRIVATE',
      kbjiCode: '7411',
      kbliCode: '43211',
      educationLevel: 'SMK',
      placedOn: '2025-03-10',
      ...over,
    }),
  });

  it('stores the canonical region and work region of imported records, and scopes the uploader by it', async () => {
    const nik = (i: number) => testNik('3373', `199${i}-04-0${i + 1}`, i % 2 === 0 ? 1 : 2);
    const r = await client.applyImportBatch(
      {
        importId: 'imp-regency',
        records: [
          record('r-1', { nik: nik(0), regionCode: ' 33.73\n', workRegionCode: '3373', employerNib: '9120000000001' }),
          record('r-2', { nik: nik(1), regionCode: '3373', workRegionCode: '33.73\t', employerNib: '9120000000002', kbliCode: 'F43211' }),
          record('r-3', { nik: nik(2), regionCode: '33.73\t', channel: 'AKAN', destinationCountry: 'MY', employerNib: '9120000000003' }),
          record('r-4', { nik: nik(3), regionCode: '33.73', workRegionCode: ' 33.74', employerNib: '9120000000004', kbliCode: 'F.43211' }),
          // outside the officer's region, however written: refused, naming the canonical code
          record('r-5', { nik: nik(4), regionCode: '3374', workRegionCode: '33.74', employerNib: '9120000000005' }),
          // not a region code at all: refused as before
          record('r-6', { nik: nik(5), regionCode: '33.7', workRegionCode: '33.73', employerNib: '9120000000006' }),
        ],
      },
      regencyOfficer,
    );
    expect(r.receipts.map((x) => [x.key, x.accepted])).toEqual([
      ['r-1', true],
      ['r-2', true],
      ['r-3', true],
      ['r-4', true],
      ['r-5', false],
      ['r-6', false],
    ]);
    expect(JSON.parse(r.receipts[4].problemJson)).toMatchObject({
      status: 403,
      detail: "Region 33.74 is outside the uploader's region 33.73",
      errors: [{ field: 'regionCode', description: 'must be inside 33.73' }],
    });
    expect(JSON.parse(r.receipts[5].problemJson).errors).toEqual([
      { field: 'regionCode', description: 'must be an existing regency code NN.NN' },
    ]);
    // a province officer's record of one of his regencies, and the ministry's of Kota Semarang (33.74)
    const byProvince = await client.applyImportBatch(
      {
        importId: 'imp-province',
        records: [record('p-1', { nik: nik(6), regionCode: ' 33.73', workRegionCode: '3373', employerNib: '9120000000007' })],
      },
      provinceOfficer,
    );
    expect(byProvince.receipts.map((x) => [x.key, x.accepted, x.problemJson])).toEqual([['p-1', true, '']]);
    const byMinistry = await client.applyImportBatch(
      {
        importId: 'imp-ministry',
        records: [record('m-1', { nik: nik(7), regionCode: '3374\n', workRegionCode: '3374', employerNib: '9120000000008' })],
      },
      ministry,
    );
    expect(byMinistry.receipts.map((x) => [x.key, x.accepted, x.problemJson])).toEqual([['m-1', true, '']]);
    // a KBLI code given with its category letter (F43211, F.43211) is the class 43211, stored as the classification writes it
    expect(await ds.query(`SELECT DISTINCT kbli_code FROM placements`)).toEqual([{ kbli_code: '43211' }]);

    const ids = [...r.receipts.slice(0, 4), ...byProvince.receipts, ...byMinistry.receipts].map((x) => x.resourceId);
    const rows: { placement_id: string; region_code: string; province_code: string; work_region_code: string }[] = await ds.query(
      `SELECT placement_id, region_code, province_code, work_region_code FROM placements WHERE placement_id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((x) => [x.placement_id, [x.region_code, x.province_code, x.work_region_code]]));
    expect(ids.map((id) => byId.get(id))).toEqual([
      ['33.73', '33', '33.73'],
      ['33.73', '33', '33.73'],
      ['33.73', '33', ''],
      ['33.73', '33', '33.74'],
      ['33.73', '33', '33.73'],
      ['33.74', '33', '33.74'],
    ]);
    // the archived facts (a rebuild replays them) carry the canonical codes too
    const archived: { fields: string[]; rows: unknown[][] }[] = (
      await ds.query(`SELECT envelope::jsonb->'data' AS data FROM event_archive WHERE consumer = 'imports' ORDER BY seq`)
    ).map((x: { data: { fields: string[]; rows: unknown[][] } }) => x.data);
    const codes = archived.flatMap((d) =>
      d.rows.map((row) => [row[d.fields.indexOf('regionCode')], row[d.fields.indexOf('workRegionCode')]]),
    );
    expect(codes).toEqual([
      ['33.73', '33.73'],
      ['33.73', '33.73'],
      ['33.73', ''],
      ['33.73', '33.74'],
      ['33.73', '33.73'],
      ['33.74', '33.74'],
    ]);
  });

  it("stores the canonical region of other services' events in every read model (placements, IPK, outcomes, reports)", async () => {
    const applicationId = randomUUID();
    await send(PlacementRecorded, applicationId, {
      applicationId,
      vacancyId: randomUUID(),
      jobSeekerId: randomUUID(),
      personId: `p_${'hire'.padEnd(43, 'x')}`,
      employerId: randomUUID(),
      employerType: 'PRIVATE',
      kbjiCode: '7411',
      kbliCode: '43211',
      kbliMainGroup: '43',
      workRegionCode: ' 33.73\n',
      overseas: false,
      jobSeekerRegionCode: '3373',
      sex: 1,
      educationLevel: 'SMK',
      ageBand: '20-29',
      channel: 'AKL',
      placedAt: '2025-03-12T03:00:00.000Z',
    });
    const groupId = randomUUID();
    const person = `p_${'tkm'.padEnd(43, 'x')}`;
    await send(SelfEmploymentPlacementRecorded, groupId, {
      placementKey: `${groupId}:member:${person}`,
      groupId,
      tkmProgramId: randomUUID(),
      role: 'MEMBER',
      personId: person,
      kbliCode: '10792',
      kbliMainGroup: '10',
      regionCode: '33.73\t',
      sex: 2,
      ageBand: '30-44',
      educationLevel: 'SMA',
      channel: 'AKL',
      employerType: 'INDIVIDUAL',
      placedAt: '2025-03-14',
      occurredAt: '2025-03-14T00:00:00Z',
    });
    const seeker = (regionCode: string, sex: number): JobSeekerRegisteredData => ({
      jobSeekerId: randomUUID(),
      personId: `p_${randomUUID().replace(/-/g, '')}`,
      regionCode,
      sex,
      ageBand: '20-29',
      educationLevel: 'SMK',
      wantedKbjiCodes: ['7411'],
      fromState: '',
      state: 'REGISTERED',
      cardIssued: false,
      registeredAt: '2025-03-03T03:00:00.000Z',
    });
    for (const [code, sex] of [
      ['3373', 1],
      [' 33.73\n', 2],
      ['33.73', 1],
    ] as const) {
      const s = seeker(code, sex);
      await send(JobSeekerRegistered, s.jobSeekerId, s, code);
    }
    const vacancyId = randomUUID();
    await send(
      VacancyRegistered,
      vacancyId,
      {
        vacancyId,
        employerId: randomUUID(),
        positionName: 'Pengembang perangkat lunak',
        kbjiCode: '2514',
        regionCode: ' 33.73',
        numberNeeded: 3,
        validFrom: '2025-03-04',
        validUntil: '2025-06-30',
        state: 'PUBLISHED',
        registeredAt: '2025-03-04T03:00:00.000Z',
      },
      '3373',
    );
    const outcome = (personId: string, regionCode: string): TrainingOutcomeData => ({
      enrolmentId: randomUUID(),
      batchId: randomUUID(),
      programId,
      programTitle: 'Instalasi Listrik Bangunan',
      providerId,
      providerKind: 'BLK_UPTD',
      personId,
      competencyUnits: ['C.282000.001.01'],
      kbjiCode: '7411',
      certificationSchemeId: '',
      regionCode,
      sex: 1,
      ageBand: '20-29',
      outcome: 'COMPLETED',
      outcomeDate: '2025-03-05',
      occurredAt: '2025-03-05T08:00:00.000Z',
    });
    // one cohort of 10 (shown only when counted as one group), its batch region written four ways
    for (const [i, p] of graduates.entries()) await send(TrainingCompleted, p, outcome(p, ['3373', ' 33.73\n', '33.73\t', '33.73'][i % 4]));
    const programPublished = randomUUID();
    await send(
      ProgramPublished,
      programPublished,
      {
        programId: programPublished,
        title: 'Pemrograman Web',
        regionCode: ' 33.73',
        kbjiCode: '2514',
        competencyUnits: ['J.620100.001.01'],
        capacity: 16,
        publishedAt: '2025-01-10T00:00:00.000Z',
      },
      '33.73\t',
    );

    // every event applied by every consumer handling it (archived with its effect), or one dead-lettered
    const consumers = [new ReportsConsumer(), new PlacementsConsumer(), new IpkConsumer(), new OutcomesConsumer()];
    const expected = sent.reduce((n, e) => n + consumers.filter((c) => c.handlers().some((h) => h.def.type === e.type)).length, 0);
    const outcomeOfWait = await waitFor(
      async () => {
        if (svc.consumers.some((c) => c.stats.deadLettered > 0)) return 'dead-lettered';
        const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM event_archive WHERE event_id = ANY($1)`, [sent.map((e) => e.id)]);
        return n >= expected ? 'applied' : undefined;
      },
      { what: `${expected} archived events`, timeoutMs: 90000 },
    );
    expect(outcomeOfWait).toBe('applied');

    expect(await storedCodes()).toEqual({
      regions: ['00', '33', '33.73', '33.74'],
      provinces: ['00', '33'],
      work: ['', '33.73', '33.74'],
    });
    const one = async (sql: string) => (await ds.query(sql))[0];
    expect(
      await one(`SELECT region_code, province_code, work_region_code FROM placements WHERE application_id = '${applicationId}'`),
    ).toEqual({
      region_code: '33.73',
      province_code: '33',
      work_region_code: '33.73',
    });
    expect(await one(`SELECT region_code, province_code, work_region_code FROM placements WHERE employer_key = 'tkm:${groupId}'`)).toEqual({
      region_code: '33.73',
      province_code: '33',
      work_region_code: '33.73',
    });
    expect(await ds.query(`SELECT region_code, province_code, count(*)::int AS n FROM ipk_job_seekers GROUP BY 1, 2`)).toEqual([
      { region_code: '33.73', province_code: '33', n: 3 },
    ]);
    expect(await ds.query(`SELECT region_code, province_code FROM ipk_vacancies`)).toEqual([{ region_code: '33.73', province_code: '33' }]);
    expect(await ds.query(`SELECT region_code, province_code FROM vacancy_registrations`)).toEqual([
      { region_code: '33.73', province_code: '33' },
    ]);
    expect(
      await ds.query(`SELECT event_type, region_code, province_code, count::int AS count FROM activity_counts ORDER BY event_type`),
    ).toEqual([
      { event_type: 'siapkerja.jobs.vacancy.registered', region_code: '33.73', province_code: '33', count: 1 },
      { event_type: 'siapkerja.training.program.published', region_code: '33.73', province_code: '33', count: 1 },
    ]);
    expect(await ds.query(`SELECT region_code, province_code, count(*)::int AS n FROM training_outcomes GROUP BY 1, 2`)).toEqual([
      { region_code: '33.73', province_code: '33', n: 10 },
    ]);
    expect(await ds.query(`SELECT region_code FROM programs_seen`)).toEqual([{ region_code: '33.73' }]);
  }, 180000);

  /** The answer to each variant equals the answer to the canonical code (the variant named in a failure). */
  async function sameAnswer<T>(ask: (code: string) => Promise<T>, canonical: string, variants: readonly string[]): Promise<T> {
    const want = await ask(canonical);
    for (const code of variants) {
      const got = await ask(code).catch((e: { code?: number; details?: string }) => ({ error: e.code, details: e.details }));
      expect({ code, got }).toEqual({ code, got: want });
    }
    return want;
  }

  it('answers the IPK forms for 3373, " 33.73", "33.73\\n" as for 33.73 and for " 33" as for 33, officers included', async () => {
    const forms = ['III/1', 'III/2', 'III/3', 'III/4', 'III/5', 'III/6', 'III/7', 'III/8'];
    const ask = (as: typeof ministry) => (regionCode: string) =>
      Promise.all(forms.map((form) => client.getIpkForm({ regionCode, month: M, form }, as)));
    const total = (f: { tables: { rows: { key: string; values: string[] }[] }[] }) =>
      f.tables[0].rows.find((r) => r.key === 'TOTAL')!.values.at(-1);
    const regency = await sameAnswer(ask(ministry), '33.73', SALATIGA);
    expect(regency.map((f) => [f.form, f.regionCode, f.regionName])[0]).toEqual(['III/1', '33.73', 'KOTA SALATIGA']);
    // III/1 seekers registered and remaining: 3; III/7 placements: 5 imported + the hire + the TKM member
    expect(regency[0].tables[0].rows.find((r) => r.key === 'TOTAL')!.values.slice(3, 6)).toEqual(['2', '1', '3']);
    expect(total(regency[6])).toBe('7');
    await sameAnswer(ask(regencyOfficer), '33.73', SALATIGA);
    const province = await sameAnswer(ask(ministry), '33', JATENG);
    expect(total(province[6])).toBe('8');
    await sameAnswer(ask(provinceOfficer), '33', JATENG);
    await sameAnswer(ask(provinceOfficer), '33.73', SALATIGA);
    // the officer's scope still holds for a code written otherwise
    await expect(client.getIpkForm({ regionCode: '3374', month: M, form: 'III/7' }, regencyOfficer)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "Region 33.74 is outside the caller's region 33.73",
    });
    await expect(client.getIpkForm({ regionCode: ' 33', month: M, form: 'III/7' }, regencyOfficer)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    // a rendered file is named after the canonical code
    const file = await client.getIpkForms({ regionCode: ' 33.73\n', month: M, form: 'III-7', format: 'csv' }, regencyOfficer);
    expect(file.file!.filename).toBe(`ipk-33.73-${M}-III-7.csv`);
    expect(file.file!.body.toString('utf8')).toBe(
      (await client.getIpkForms({ regionCode: '33.73', month: M, form: 'III-7', format: 'csv' }, regencyOfficer)).file!.body.toString(
        'utf8',
      ),
    );
  });

  it('answers the placement report and the placements list for 3373 and " 33.73" as for 33.73, officers included', async () => {
    const report = (as: typeof ministry) => (regionCode: string) => client.getPlacementReport({ regionCode, month: M }, as);
    expect((await sameAnswer(report(ministry), '33.73', SALATIGA)).total).toBe('7');
    expect((await sameAnswer(report(regencyOfficer), '33.73', SALATIGA)).regionCode).toBe('33.73');
    const province = await sameAnswer(report(provinceOfficer), '33', JATENG);
    expect(province.byRegency.map((c) => [c.key, c.total])).toEqual([
      ['33.73', '7'],
      ['33.74', '1'],
    ]);
    await sameAnswer(report(ministry), '33', JATENG);
    await expect(client.getPlacementReport({ regionCode: '3374', month: M }, regencyOfficer)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "region 33.74 is outside the caller's region 33.73",
    });
    const bad = await client.getPlacementReport({ regionCode: '33.7', month: M }, ministry).catch((e) => e);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(bad.metadata.get('x-field-violations')[0]))).toEqual([
      { field: 'regionCode', description: 'must be an existing province (NN) or regency (NN.NN) code' },
    ]);

    const list = (as: typeof ministry) => (regionCode: string) =>
      client.listPlacements({ regionCode, month: M, channel: '', source: '', kbjiCode: '', pageSize: 100, pageToken: '' }, as);
    const mine = await sameAnswer(list(regencyOfficer), '33.73', SALATIGA);
    expect(mine.placements.map((p) => p.regionCode)).toEqual(Array(7).fill('33.73'));
    // an officer who names no region gets his own
    expect(await list(regencyOfficer)('')).toEqual(mine);
    await sameAnswer(list(ministry), '33.73', SALATIGA);
    expect((await sameAnswer(list(provinceOfficer), '33', JATENG)).placements).toHaveLength(8);
    await sameAnswer(list(ministry), '33', JATENG);
    await expect(list(regencyOfficer)('3374')).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
  });

  it('answers graduate outcomes, the trace and the labour market for 3373 and " 33.73" as for 33.73', async () => {
    const outcomes = (as: typeof ministry) => (regionCode: string) =>
      client.getGraduateOutcomes({ regionCode, providerId: '', programId: '', cohortFrom: '', cohortTo: '' }, as);
    const regency = await sameAnswer(outcomes(regencyOfficer), '33.73', SALATIGA);
    // the cohort of 10 is one group (its batch region written four ways), shown
    expect(regency.rows.map((r) => [r.programId, r.regionCode, r.graduates!.value, r.graduates!.status])).toEqual([
      [programId, '33.73', 10, 'SHOWN'],
    ]);
    await sameAnswer(outcomes(ministry), '33.73', SALATIGA);
    await sameAnswer(outcomes(provinceOfficer), '33', JATENG);
    await expect(outcomes(regencyOfficer)('3374')).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    // the officer of the batch's regency sees the graduate's trace
    const trace = await client.getPersonTrace({ personId: graduates[0] }, regencyOfficer);
    expect(trace.trainings.map((t) => [t.programId, t.regionCode])).toEqual([[programId, '33.73']]);

    const lmi = (regionCode: string) => client.getLabourMarket({ regionCode, month: M });
    const market = await sameAnswer(lmi, '33.73', SALATIGA);
    expect(market.regionCode).toBe('33.73');
    const row = (g: string) => market.rows.find((r) => r.kbjiGroup === g)!;
    expect([row('74').jobSeekers, row('74').recentGraduates]).toEqual(['3', '10']);
    expect([row('25').openPositions, row('25').shortage]).toEqual(['3', true]);
    expect(market.programs.map((p) => [p.title, p.regionCode])).toEqual([['Pemrograman Web', '33.73']]);
    expect(market.trend.find((t) => t.month === M)).toMatchObject({ jobSeekers: '3', openPositions: '3', placements: '7' });
    expect((await sameAnswer(lmi, '33', JATENG)).trend.find((t) => t.month === M)).toMatchObject({ placements: '8' });
    const page = (regionCode: string) => client.renderLabourMarketPage({ regionCode, month: M }).then((p) => p.body.toString('utf8'));
    expect(await sameAnswer(page, '33.73', SALATIGA)).toContain('(33.73)');
  });

  it('answers the vacancy report and the activity counts for 3373 and " 33.73" as for 33.73, officers included', async () => {
    const vacancies = (as: typeof ministry) => (regionCode: string) => client.getVacancyReport({ regionCode, month: M }, as);
    expect(await sameAnswer(vacancies(regencyOfficer), '33.73', SALATIGA)).toMatchObject({
      regionCode: '33.73',
      registered: '1',
      positions: '3',
    });
    expect((await sameAnswer(vacancies(provinceOfficer), '33', JATENG)).rows).toEqual([
      { regionCode: '33.73', registered: '1', positions: '3' },
    ]);
    const activity = (as: typeof ministry) => (regionCode: string) => client.listActivityCounts({ regionCode, month: M }, as);
    expect((await sameAnswer(activity(regencyOfficer), '33.73', SALATIGA)).counts).toEqual([
      { eventType: 'siapkerja.jobs.vacancy.registered', count: '1' },
      { eventType: 'siapkerja.training.program.published', count: '1' },
    ]);
    await sameAnswer(activity(provinceOfficer), '33', JATENG);
    await expect(vacancies(regencyOfficer)('3374')).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "region 33.74 is outside the caller's region 33.73",
    });
  });

  it('rebuilds the same answers from the archive, and stores the canonical work region of an older archived import', async () => {
    const snapshot = async () => [
      await Promise.all(
        ['33.73', '33'].flatMap((regionCode) =>
          ['III/1', 'III/3', 'III/5', 'III/7', 'III/8'].map((form) => client.getIpkForm({ regionCode, month: M, form }, ministry)),
        ),
      ),
      await client.getPlacementReport({ regionCode: '33', month: M }, ministry),
      await client.listPlacements(
        { regionCode: '', month: M, channel: '', source: '', kbjiCode: '', pageSize: 100, pageToken: '' },
        ministry,
      ),
      await client.getGraduateOutcomes({ regionCode: '33', providerId: '', programId: '', cohortFrom: '', cohortTo: '' }, ministry),
      await client.getLabourMarket({ regionCode: '33.73', month: M }),
      await client.getVacancyReport({ regionCode: '33', month: M }, ministry),
      await client.listActivityCounts({ regionCode: '33.73', month: M }, ministry),
    ];
    const live = await snapshot();
    const codes = await storedCodes();
    // a batch an older version accepted and archived: its work region as the record gave it (no constraint kept it out);
    // in January 2024, a month none of the answers above counts
    const old: PlacementFact = {
      sourceKey: 'IMPORT:old-version:o-1',
      source: 'DISNAKER',
      employerKey: 'nib:9120000000099',
      selfEmployed: false,
      personId: `p_${'old'.padEnd(43, 'x')}`,
      employerType: 'PRIVATE',
      kbjiCode: '7411',
      kbliCode: '43211',
      kbliMainGroup: '43',
      regionCode: '33.73',
      workRegionCode: '3373',
      overseas: false,
      channel: 'AKL',
      sex: 1,
      educationLevel: 'SMK',
      ageBand: '20-29',
      placedAt: '2024-01-19T17:00:00.000Z',
      placedOn: '2024-01-20',
    };
    await ds.query(`INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope) VALUES ($1, $2, $3, $4, $5)`, [
      IMPORTS_CONSUMER,
      'batch:old-version',
      IMPORT_ARCHIVE_TOPIC,
      IMPORT_BATCH_APPLIED_TYPE,
      JSON.stringify(
        buildEvent(defineEvent(IMPORT_ARCHIVE_TOPIC, IMPORT_BATCH_APPLIED_TYPE), '/siapkerja/placement', {
          subject: 'imp-old',
          data: packFacts([old]),
        }),
      ),
    ]);
    const r = await rebuildFromArchive(ds);
    expect(r.skipped).toBe(0);
    expect(await snapshot()).toEqual(live);
    expect(await storedCodes()).toEqual(codes);
    expect(
      await ds.query(`SELECT region_code, province_code, work_region_code FROM placements WHERE person_id = $1`, [old.personId]),
    ).toEqual([{ region_code: '33.73', province_code: '33', work_region_code: '33.73' }]);
  });
});
