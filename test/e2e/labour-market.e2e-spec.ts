import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Kafka, logLevel } from 'kafkajs';
import puppeteer, { type Browser } from 'puppeteer-core';
import {
  JobSeekerRegistered,
  PlacementRecorded,
  ProgramPublished,
  SelfEmploymentPlacementRecorded,
  TrainingCompleted,
  VacancyPublished,
  VacancyRegistered,
  type TrainingOutcomeData,
} from '@siapkerja/contracts';
import { buildEvent, type EventDefinition } from '@siapkerja/events';
import { createServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { kafkaBrokers, sandboxAuth, TEST_PERSON_SECRET, testNik, waitFor } from '@siapkerja/testing';
import { placementService } from '../../services/placement/src/placement.module';
import { expectProblem, get, logIn, newClient, ok, signUpPerson } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Placement and labour-market information over HTTP: events published to Kafka (the producers of training, TKM and jobs
 * are other services) and a Disnaker placement batch reach the placement service; the gateway serves the IPK forms (JSON,
 * CSV, XLSX), the placements (list, export), graduate outcomes (a cohort of 10 shown, one of 9 withheld), a person's own
 * trace, and the public labour-market page, rendered in headless Chromium with a screenshot.
 */
// its own regency (33.71, Kota Magelang), apart from the regencies the placement int tests report on
describe('placement and labour-market information over HTTP', () => {
  let platform: InProcessPlatform;
  let base: string;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  let otherOfficer: Record<string, string>;
  const kafka = new Kafka({ clientId: 'e2e-lmi', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  const M = '2026-10';
  const providerId = randomUUID();
  const programA = randomUUID();
  const programB = randomUUID();
  const graduateNik = testNik('3374', '1998-02-03', 2);
  const person = {
    nik: graduateNik,
    name: 'Sri Rahayu',
    motherMaidenName: 'Siti Aminah',
    birthDate: '1998-02-03',
    sex: 2 as const,
    phone: `0812${String(Date.now()).slice(-8)}`,
    email: `lulusan${Date.now()}@example.id`,
    password: 'kopi-tubruk-2026',
  };
  const grads = [
    identity.personId(graduateNik),
    ...Array.from({ length: 9 }, (_, i) => `p_${`e2e${i}${providerId.slice(0, 8)}`.padEnd(43, 'q')}`),
  ];

  const sentIds: string[] = [];
  const send = async <T>(def: EventDefinition<T>, subject: string, data: T, regionCode?: string) => {
    const e = buildEvent(def, '/siapkerja/test', { subject, data, ...(regionCode ? { regionCode } : {}) });
    sentIds.push(e.id);
    await producer.send({ topic: platform.topicPrefix + def.topic, messages: [{ key: subject, value: JSON.stringify(e) }] });
  };
  const outcome = (personId: string, programId: string): TrainingOutcomeData => ({
    enrolmentId: randomUUID(),
    batchId: randomUUID(),
    programId,
    programTitle: programId === programA ? 'Pemrograman Web' : 'Tata Boga',
    providerId,
    providerKind: 'BLK_UPTD',
    personId,
    competencyUnits: ['J.620100.001.01'],
    kbjiCode: programId === programA ? '2514' : '5120',
    certificationSchemeId: '',
    regionCode: '33.71',
    sex: 2,
    ageBand: '20-29',
    outcome: 'COMPLETED',
    outcomeDate: '2026-03-15',
    occurredAt: '2026-03-15T08:00:00Z',
  });

  beforeAll(async () => {
    process.env.OUTCOMES_CURRENT_MONTH = '2026-11';
    platform = await startInProcessPlatform('e2e_lmi', [placementService]);
    base = platform.base;
    admin = await sandboxAuth(base);
    officer = (
      await newClient(base, admin, {
        name: 'Disnaker Kota Magelang',
        scopes: ['reports:read'],
        roles: ['DISNAKER_REGENCY'],
        regionCode: '33.71',
      })
    ).auth;
    otherOfficer = (
      await newClient(base, admin, {
        name: 'Disnaker Kota Salatiga',
        scopes: ['reports:read'],
        roles: ['DISNAKER_REGENCY'],
        regionCode: '33.73',
      })
    ).auth;
    await producer.connect();
  });
  afterAll(async () => {
    delete process.env.OUTCOMES_CURRENT_MONTH;
    await producer.disconnect();
    await platform?.close();
  });

  it('takes the month in from events and a Disnaker batch, and serves IPK forms as JSON, CSV and XLSX', async () => {
    const seeker = {
      jobSeekerId: randomUUID(),
      personId: `p_${'seek'.padEnd(43, 'z')}`,
      regionCode: '33.71',
      sex: 2,
      ageBand: '20-29',
      educationLevel: 'SMK',
    };
    await send(JobSeekerRegistered, seeker.jobSeekerId, {
      ...seeker,
      wantedKbjiCodes: ['5120'],
      fromState: '',
      state: 'REGISTERED',
      cardIssued: false,
      registeredAt: '2026-10-02T03:00:00Z',
    });
    const vacancyId = randomUUID();
    const v = {
      vacancyId,
      employerId: randomUUID(),
      regionCode: '33.71',
      numberNeeded: 12,
      validFrom: '2026-10-01',
      validUntil: '2026-12-31',
      kbjiCode: '2514',
    };
    await send(
      VacancyRegistered,
      vacancyId,
      { ...v, positionName: 'Pengembang web', state: 'PUBLISHED', registeredAt: '2026-10-03T03:00:00Z' },
      '33.71',
    );
    await send(VacancyPublished, vacancyId, {
      ...v,
      fromState: 'DRAFT',
      state: 'PUBLISHED',
      positionName: 'Pengembang web',
      kbliCode: '62019',
      sexRequirement: 'ANY',
      minEducation: 'D3',
      employmentType: 'FULL_TIME',
      overseas: false,
      publishedAt: '2026-10-03T03:00:00Z',
    });
    const applicationId = randomUUID();
    await send(PlacementRecorded, applicationId, {
      applicationId,
      vacancyId,
      jobSeekerId: randomUUID(),
      personId: grads[1],
      employerId: v.employerId,
      employerType: 'PRIVATE',
      kbjiCode: '2514',
      kbliCode: '62019',
      kbliMainGroup: '62',
      workRegionCode: '33.71',
      overseas: false,
      jobSeekerRegionCode: '33.71',
      sex: 2,
      educationLevel: 'SMK',
      ageBand: '20-29',
      channel: 'AKL',
      placedAt: '2026-07-01T03:00:00Z',
    });
    const groupId = randomUUID();
    await send(SelfEmploymentPlacementRecorded, groupId, {
      placementKey: `${groupId}:member:x`,
      groupId,
      tkmProgramId: randomUUID(),
      role: 'MEMBER',
      personId: `p_${'tkm'.padEnd(43, 'z')}`,
      kbliCode: '10792',
      kbliMainGroup: '10',
      regionCode: '33.71',
      sex: 1,
      ageBand: '30-44',
      educationLevel: 'SMA',
      channel: 'AKL',
      employerType: 'INDIVIDUAL',
      placedAt: '2026-10-15',
      occurredAt: '2026-10-15T00:00:00Z',
    });
    for (const p of grads) await send(TrainingCompleted, p, outcome(p, programA));
    for (let i = 0; i < 9; i++)
      await send(TrainingCompleted, `b${i}`, outcome(`p_${`b${i}${providerId.slice(0, 8)}`.padEnd(43, 'w')}`, programB));
    await send(
      ProgramPublished,
      programA,
      {
        programId: programA,
        title: 'Pemrograman Web',
        regionCode: '33.71',
        kbjiCode: '2514',
        competencyUnits: [],
        capacity: 16,
        publishedAt: '2026-01-01T00:00:00Z',
      },
      '33.71',
    );

    // the Disnaker system's placement batch (what the integration service forwards), with the officer's caller
    const grpc = createServiceClient('placement', `127.0.0.1:${platform.services.find((s) => s.name === 'placement')!.grpcPort}`);
    const officerCaller = {
      metadata: { 'x-caller': JSON.stringify({ sub: 'disnaker-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.71' }) },
    };
    const line = (key: string, nik: string, placedOn: string) =>
      JSON.stringify({
        kind: 'placement',
        key,
        nik,
        regionCode: '33.71',
        channel: 'AKL',
        workRegionCode: '33.71',
        employerNib: '9120001234567',
        employerType: 'PRIVATE',
        kbjiCode: '2514',
        kbliCode: '62019',
        educationLevel: 'D3',
        placedOn,
      });
    const r = await grpc.applyImportBatch(
      {
        importId: 'e2e',
        records: [
          { line: '1', key: 'k1', kind: 'placement', json: line('k1', graduateNik, '2026-04-20') },
          { line: '2', key: 'k2', kind: 'placement', json: line('k2', testNik('3374', '1990-01-01', 1), '2026-10-21') },
        ],
      },
      officerCaller,
    );
    grpc.close();
    expect(r.receipts.map((x) => x.accepted)).toEqual([true, true]);

    // every event of this test consumed: each is archived by at least one consumer of the placement service
    const placementDs = platform.services.find((s) => s.name === 'placement')!.dataSource;
    await waitFor(
      async () =>
        (await placementDs.query(`SELECT count(DISTINCT event_id)::int AS n FROM event_archive WHERE event_id = ANY($1)`, [sentIds]))[0]
          .n === sentIds.length,
      { what: "this test's events consumed", timeoutMs: 120_000 },
    );
    // IPK III/1 as JSON, for the officer of the regency; another regency's officer is refused
    const ipk = await waitFor(
      async () => {
        const f = await ok(get(base, `/v1/reports/ipk?region=33.71&month=${M}&form=III-7`, officer));
        const total = f.forms[0].tables[0].rows.find((x: { key: string }) => x.key === 'TOTAL').values;
        return total[2] === 2 ? f : undefined;
      },
      { what: 'the month counted', timeoutMs: 60000 },
    );
    expect(ipk.forms[0]).toMatchObject({ form: 'III/7', regionCode: '33.71', month: M });
    // III/7: the TKM member (10, male) and the Disnaker placement (62, male)
    expect(
      ipk.forms[0].tables[0].rows.filter((x: { key: string }) => ['10', '62'].includes(x.key)).map((x: { values: number[] }) => x.values),
    ).toEqual([
      [1, 0, 1],
      [1, 0, 1],
    ]);
    await expectProblem(await get(base, `/v1/reports/ipk?region=33.71&month=${M}`, otherOfficer), 403);
    await expectProblem(await get(base, `/v1/reports/ipk?region=33.71&month=2026-13`, officer), 400);
    const all = await ok(get(base, `/v1/reports/ipk?region=33&month=${M}`, admin));
    expect(all.forms.map((f: { form: string }) => f.form)).toEqual([
      'III/1',
      'III/2',
      'III/3',
      'III/4',
      'III/5',
      'III/6',
      'III/7',
      'III/8',
    ]);
    const seekers = all.forms[0].tables[0];
    expect(seekers.rows.find((x: { key: string }) => x.key === '20-29').values[seekers.columns.indexOf('registered_female')]).toBe(1);

    const csv = await get(base, `/v1/reports/ipk?region=33.71&month=${M}&form=III-1&format=csv`, officer);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="ipk-33.71-${M}-III-1.csv"`);
    const csvText = await csv.text();
    expect(csvText.split('\n')[0]).toBe(['form', 'region', 'month', 'table', 'key', 'label', ...seekers.columns].join(','));
    expect(csvText).toContain('III/1,33.71,2026-10,vacancies_by_sex,ANY,Laki-laki/Perempuan,0,12,0,0,12');

    const xlsx = await get(base, `/v1/reports/ipk?region=33.71&month=${M}&format=xlsx`, officer);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="ipk-33.71-${M}.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
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
    const s1 = wb.getWorksheet('IPK III-1')!;
    expect(s1.getCell('A1').value).toBe('FORMULIR IPK III/1');
    const values = (ws: ExcelJS.Worksheet) => {
      const out: unknown[][] = [];
      ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    expect(
      values(s1)
        .find((r) => r[1] === 'Laki-laki/Perempuan')!
        .slice(2),
    ).toEqual([0, 12, 0, 0, 12]);
    expect(values(s1).some((r) => r[0] === 'No.' && r[2] === 'Sisa akhir bulan lalu')).toBe(true);
  }, 120000);

  it('lists and exports placements per region, with every source of a placement', async () => {
    const page = await ok(get(base, `/v1/placements?region=33.71&pageSize=2`, officer));
    expect(page.placements).toHaveLength(2);
    expect(page.nextPageToken).not.toBe('');
    const next = await ok(get(base, `/v1/placements?region=33.71&pageSize=2&pageToken=${page.nextPageToken}`, officer));
    expect(next.placements.map((p: { id: string }) => p.id)).not.toContain(page.placements[0].id);
    await expectProblem(await get(base, '/v1/placements?region=33.71', otherOfficer), 403);
    const nd = await get(base, '/v1/placements/export?region=33.71', officer);
    expect(nd.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await nd.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.sources.join('+')).sort()).toEqual(['DISNAKER', 'DISNAKER', 'KARIRHUB', 'TKM']);
    expect(JSON.stringify(lines)).not.toContain(graduateNik);
    const csv = await (await get(base, '/v1/placements/export?region=33.71&format=csv', officer)).text();
    expect(csv.split('\n')[0]).toMatch(/^id,personId,employerKey/);
    expect(csv.trim().split('\n')).toHaveLength(5);
  });

  it('serves outcomes (10 shown, 9 withheld) and the graduate his own trace', async () => {
    const o = await ok(get(base, `/v1/reports/outcomes?region=33.71&providerId=${providerId}`, admin));
    const a = o.rows.find((r: { programId: string }) => r.programId === programA);
    const b = o.rows.find((r: { programId: string }) => r.programId === programB);
    // graduate 0 placed Apr 20 (36 days, within 3 months; Disnaker), graduate 1 Jul 1 (108 days, within 6; Karirhub)
    expect(a.graduates).toEqual({ value: 10, status: 'SHOWN' });
    expect(a.placedWithin3Months.value).toBe(1);
    expect(a.placedWithin6Months.value).toBe(2);
    expect(a.employmentRate).toEqual({ value: 0.2, status: 'SHOWN' });
    expect(a.medianDaysToPlacement.value).toBe(72);
    expect(a.matchedShare.value).toBe(1);
    expect(b.graduates).toEqual({ value: null, status: 'SUPPRESSED' });
    expect(o.total.graduates.value).toBe(10);
    expect(o.withheldGroups).toBe(1);

    await signUpPerson(base, person);
    const me = { authorization: `Bearer ${await logIn(base, person)}` };
    const trace = await ok(get(base, '/v1/reports/outcomes/traces/me', me));
    expect(trace.trainings.map((t: { outcomeDate: string }) => t.outcomeDate)).toEqual(['2026-03-15']);
    expect(trace.placements.map((p: { placedOn: string; sources: string[] }) => [p.placedOn, p.sources])).toEqual([
      ['2026-04-20', ['DISNAKER']],
    ]);
    expect(trace.daysToPlacement).toBe(36);
    await expectProblem(await get(base, `/v1/reports/outcomes/traces/${grads[1]}`, me), 403);
    // 'me' stands for a person's own id: a client's token has none
    await expectProblem(await get(base, '/v1/reports/outcomes/traces/me', admin), 400, ['personId']);
  });

  it('renders the public labour-market page in headless Chromium', async () => {
    const lm = await ok(get(base, `/v1/reports/labour-market?region=33.71&month=${M}`, officer));
    expect(lm.rows.find((r: { kbjiGroup: string }) => r.kbjiGroup === '25')).toMatchObject({
      openPositions: 12,
      recentGraduates: 8,
      gap: 4,
      shortage: true,
    });
    const res = await fetch(`${base}/v1/public/labour-market?region=33.71&month=${M}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    await expectProblem(await fetch(`${base}/v1/public/labour-market?region=33.71&month=2026-13`), 400);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lmi-page-'));
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 1400 });
      await page.goto(`${base}/v1/public/labour-market?region=33.71&month=${M}`, { waitUntil: 'load' });
      expect(await page.title()).toContain('Informasi Pasar Kerja');
      expect(await page.$eval('#bulan', (e) => e.textContent)).toBe('Oktober 2026');
      expect(await page.$eval('#wilayah', (e) => e.textContent)).toMatch(/MAGELANG/i);
      expect(await page.$$eval('#grafik-penawaran-permintaan rect.bar-demand', (r) => r.length)).toBeGreaterThan(0);
      expect(await page.$$eval('#grafik-tren polyline', (r) => r.length)).toBe(2);
      const row25 = await page.$eval('#tabel-penawaran-permintaan tr[data-kbji="25"]', (e) => e.textContent ?? '');
      expect(row25).toContain('kekurangan');
      expect(await page.$eval('#program-kekurangan', (e) => e.textContent)).toContain('Pemrograman Web');
      const outcomes = await page.$eval('#tabel-kebekerjaan', (e) => e.textContent ?? '');
      expect(outcomes).toContain('20.0%');
      expect(outcomes).toContain('disembunyikan');
      const box = await page.$eval('#grafik-penawaran-permintaan', (e) => e.getBoundingClientRect().width);
      expect(box).toBeGreaterThan(100);
      const file = path.join(dir, 'labour-market-33.71.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    } finally {
      await browser?.close();
    }
    await expectProblem(await fetch(`${base}/v1/public/labour-market?region=3&month=${M}`), 400);
  }, 60000);
});
