import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { type jobsV1, serviceDefinition } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, type FakeAccessLog, serviceTestEnv, startFakeAccessLog, testNik, uniqueSuffix } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';
import { gatewayCaller } from './support';

/**
 * A region code the check accepts (it normalizes first: ' 33.73', '33.73\n' and '3373' are 33.73, ' 33' is 33) is the same
 * region everywhere it is used: the search filter and its page tokens, the list filters and theirs, an officer's region.
 */
const officer3373 = gatewayCaller({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
const officer33 = gatewayCaller({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33' });
const ministry = gatewayCaller({ sub: 'min-1', roles: ['MINISTRY_ADMIN'] });

/** Ways of writing 33.73 the check takes for it, and of writing 33. */
const REGENCY_3373 = ['3373', ' 33.73\n', '33.73 ', '\t3373'];
const PROVINCE_33 = [' 33', '33\n'];

const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
function day(days: number): string {
  const t = new Date(`${todayWib()}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

describe('region codes written otherwise than the code list writes them (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  /** what was made in each regency, by the canonical code */
  const employers: Record<string, string[]> = {};
  const vacancies: Record<string, string[]> = {};
  const seekers: Record<string, string[]> = {};

  const employer = (regionCode: string): jobsV1.Employer => ({
    nib: nib(),
    legalName: 'PT Region Uji',
    employerType: 'EMPLOYER_TYPE_PRIVATE',
    kbliCodes: ['62019'],
    regionCode,
    address: 'Jl. Diponegoro 1',
  });
  const vacancy = (employerId: string, regionCode: string): jobsV1.Vacancy => ({
    employerId,
    positionName: 'Operator Produksi',
    kbjiCode: '8189',
    regionCode,
    numberNeeded: 1,
    validFrom: day(0),
    validUntil: day(60),
    description: 'Lowongan operator',
  });
  const seeker = (regency4: string, addressRegion: string): jobsV1.JobSeeker => ({
    nik: testNik(regency4, '1995-03-12', 2),
    name: 'Dewi Lestari',
    birthPlace: 'Salatiga',
    birthDate: '1995-03-12',
    sex: 'SEX_FEMALE',
    maritalStatus: 'MARITAL_STATUS_SINGLE',
    religion: 'RELIGION_ISLAM',
    address: { line: 'Jl. Pemuda No. 12', regionCode: addressRegion, postalCode: '50711' },
    education: [{ level: 'SMK', institution: 'SMK Negeri 1', major: 'Teknik Mesin', graduationYear: 2013 }],
    wantedKbjiCodes: ['8189'],
  });

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_regions');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(jobsService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    // two of each in Kota Salatiga (33.73), one in Kota Semarang (33.74, same province) and one in Kota Bandung (32.73)
    for (const region of ['33.73', '33.73', '33.74', '32.73']) {
      const e = await client.createEmployer({ employer: employer(region), requestId: `req-${uniqueSuffix()}` });
      (employers[region] ??= []).push(e.id);
      const v = await client.createVacancy({ vacancy: vacancy(e.id, region), requestId: `req-${uniqueSuffix()}` });
      (vacancies[region] ??= []).push(v.id);
    }
    for (const [regency4, village] of [
      ['3373', '33.73.04.1001'],
      ['3373', '33.73.04.1001'],
      ['3374', '33.74.01.1001'],
      ['3273', '32.73.01.1001'],
    ]) {
      const s = await client.registerJobSeeker({ jobSeeker: seeker(regency4, village), requestId: `req-${uniqueSuffix()}` });
      (seekers[s.regionCode] ??= []).push(s.id);
    }
    expect(Object.keys(seekers).sort()).toEqual(['32.73', '33.73', '33.74']);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const sorted = (ids: string[]) => [...ids].sort();

  it("searches a regency or province however its code is written: region=3373 finds 33.73's vacancies, ' 33' finds 33's", async () => {
    const search = (regionCode: string, extra: Partial<jobsV1.SearchVacanciesRequest> = {}) =>
      client.searchVacancies({ regionCode, pageSize: 100, ...extra });
    const regency = await search('33.73');
    expect(sorted(regency.hits.map((h) => h.id))).toEqual(sorted(vacancies['33.73']));
    expect(Number(regency.totalSize)).toBe(2);
    for (const written of REGENCY_3373) {
      const r = await search(written);
      expect({ written, hits: r.hits.map((h) => h.id), total: r.totalSize }).toEqual({
        written,
        hits: regency.hits.map((h) => h.id),
        total: regency.totalSize,
      });
      // with words too (the full-text path, the province's index)
      const words = await search(written, { query: 'operator' });
      expect({ written, hits: sorted(words.hits.map((h) => h.id)) }).toEqual({ written, hits: sorted(vacancies['33.73']) });
    }
    const province = await search('33');
    expect(sorted(province.hits.map((h) => h.id))).toEqual(sorted([...vacancies['33.73'], ...vacancies['33.74']]));
    for (const written of PROVINCE_33) {
      const r = await search(written);
      expect({ written, hits: r.hits.map((h) => h.id), total: r.totalSize }).toEqual({
        written,
        hits: province.hits.map((h) => h.id),
        total: province.totalSize,
      });
    }
  });

  it('gives one search one page token: a page of region=33.73 continues with region=3373, and the other way round', async () => {
    const first = await client.searchVacancies({ regionCode: '33.73', pageSize: 1 });
    expect(first.nextPageToken).not.toBe('');
    const canonical = await client.searchVacancies({ regionCode: '33.73', pageSize: 1, pageToken: first.nextPageToken });
    const undotted = await client.searchVacancies({ regionCode: '3373', pageSize: 1, pageToken: first.nextPageToken });
    expect(undotted.hits.map((h) => h.id)).toEqual(canonical.hits.map((h) => h.id));
    expect(sorted([...first.hits, ...undotted.hits].map((h) => h.id))).toEqual(sorted(vacancies['33.73']));
    const firstUndotted = await client.searchVacancies({ regionCode: ' 33.73\n', pageSize: 1 });
    expect(firstUndotted.nextPageToken).toBe(first.nextPageToken);
  });

  it('lists employers, vacancies and job seekers of a region however its code is written, with the same page tokens', async () => {
    const lists = {
      employers: async (regionCode: string, pageToken = '') => {
        const r = await client.listEmployers({ regionCode, pageSize: 1, pageToken }, ministry);
        return { ids: r.employers.map((e) => e.id), next: r.nextPageToken };
      },
      vacancies: async (regionCode: string, pageToken = '') => {
        const r = await client.listVacancies({ regionCode, pageSize: 1, pageToken }, ministry);
        return { ids: r.vacancies.map((v) => v.id), next: r.nextPageToken };
      },
      jobSeekers: async (regionCode: string, pageToken = '') => {
        const r = await client.listJobSeekers({ regionCode, pageSize: 1, pageToken }, ministry);
        return { ids: r.jobSeekers.map((s) => s.id), next: r.nextPageToken };
      },
    };
    const made = { employers, vacancies, jobSeekers: seekers };
    for (const [name, list] of Object.entries(lists) as [keyof typeof lists, (typeof lists)[keyof typeof lists]][]) {
      const first = await list('33.73');
      const second = await list('33.73', first.next);
      expect(sorted([...first.ids, ...second.ids])).toEqual(sorted(made[name]['33.73']));
      for (const written of REGENCY_3373) {
        const again = await list(written);
        expect({ name, written, ids: again.ids, next: again.next }).toEqual({ name, written, ids: first.ids, next: first.next });
        // the canonical search's page token continues it
        expect({ name, written, ids: (await list(written, first.next)).ids }).toEqual({ name, written, ids: second.ids });
      }
      const province = await list('33');
      for (const written of PROVINCE_33)
        expect({ name, written, ids: (await list(written)).ids }).toEqual({ name, written, ids: province.ids });
    }
  });

  it("holds an officer to his region by the code, not by how it is written: '3373' is inside 33.73, '3374' is not", async () => {
    // lists: his region written otherwise is his region (it was refused as outside it)
    const listed = await client.listEmployers({ regionCode: '3373', pageSize: 100 }, officer3373);
    expect(sorted(listed.employers.map((e) => e.id))).toEqual(sorted(employers['33.73']));
    const ownVacancies = await client.listVacancies({ regionCode: ' 33.73\n', pageSize: 100 }, officer3373);
    expect(sorted(ownVacancies.vacancies.map((v) => v.id))).toEqual(sorted(vacancies['33.73']));
    const ownSeekers = await client.listJobSeekers({ regionCode: '3373', pageSize: 100 }, officer3373);
    expect(sorted(ownSeekers.jobSeekers.map((s) => s.id))).toEqual(sorted(seekers['33.73']));
    const provinceSeekers = await client.listJobSeekers({ regionCode: ' 33', pageSize: 100 }, officer33);
    expect(sorted(provinceSeekers.jobSeekers.map((s) => s.id))).toEqual(sorted([...seekers['33.73'], ...seekers['33.74']]));
    // registrations: an officer's employer and vacancy in his region written otherwise are his, stored as 33.73
    const e = await client.createEmployer({ employer: employer('3373'), requestId: `req-${uniqueSuffix()}` }, officer3373);
    expect(e.regionCode).toBe('33.73');
    const v = await client.createVacancy({ vacancy: vacancy(e.id, ' 33.73\n'), requestId: `req-${uniqueSuffix()}` }, officer3373);
    expect(v.regionCode).toBe('33.73');
    const fromProvince = await client.createVacancy({ vacancy: vacancy(e.id, '3373'), requestId: `req-${uniqueSuffix()}` }, officer33);
    expect(fromProvince.regionCode).toBe('33.73');
    // a bulk upload's vacancy too
    const [receipt] = (
      await client.applyImportBatch(
        {
          importId: `imp-${uniqueSuffix()}`,
          records: [{ line: 1, key: `k-${uniqueSuffix()}`, kind: 'vacancy', json: JSON.stringify(vacancy(e.id, '3373')) }],
        },
        officer3373,
      )
    ).receipts;
    expect({ accepted: receipt.accepted, problem: receipt.problemJson }).toEqual({ accepted: true, problem: '' });
    const rows: { region_code: string }[] = await svc.dataSource.query('SELECT region_code FROM vacancies WHERE id = $1', [
      receipt.resourceId,
    ]);
    expect(rows).toEqual([{ region_code: '33.73' }]);
    // another regency, written either way, is still outside his
    for (const outside of ['3374', ' 33.74'])
      await expect(client.listEmployers({ regionCode: outside }, officer3373)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    await expect(
      client.createEmployer({ employer: employer('3374'), requestId: `req-${uniqueSuffix()}` }, officer3373),
    ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    // and a code the check refuses is still refused, by name
    const bad = await client.listEmployers({ regionCode: '33.7' }, ministry).catch((x) => x);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
  });
});
