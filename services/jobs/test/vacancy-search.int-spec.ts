import { status } from '@grpc/grpc-js';
import { type jobsV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv } from '@siapkerja/testing';
import { listProvinces, todayWib } from '@siapkerja/codes';
import { Client, Pool } from 'pg';
import {
  datePageStatement,
  facetStatement,
  facetSummaryStatement,
  matchEstimateStatement,
  readPlanRows,
  walkedRegion,
  walkEstimateStatement,
  normalizeSearch,
  rankedPageStatement,
  wagePageStatement,
  whereClause,
  Params,
  type VacancySearchInput,
  type PageStrategy,
} from '../src/vacancies/vacancy-search.query';
import { jobsService } from '../src/jobs.module';
import { toFacets, VacancySearchService } from '../src/vacancies/vacancy-search.service';
import { FacetCountFoldJob } from '../src/vacancies/facet-count-fold.job';
import { createLogger } from '@siapkerja/logging';

function randomNib() {
  return String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}
function day(days: number): string {
  const t = new Date(`${todayWib()}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
function fieldsOf(err: { metadata: { get(k: string): unknown[] } }): string[] {
  return JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);
}

/** A vacancy as sent, with the fields the assertions read. */
type V = jobsV1.Vacancy & { positionName: string; regionCode: string; kbjiCode: string; kbliCode: string };
interface Made {
  id: string;
  v: V;
}

/** Search over a catalogue built through the real gRPC API (real PostgreSQL: tsvector, GIN, pg_trgm). */
describe('vacancy search (real PostgreSQL full text + trigram, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let dbUrl: string;
  const published: Made[] = [];
  const hidden: string[] = [];

  const base = (employerId: string, extra: Partial<jobsV1.Vacancy>): V => ({
    employerId,
    positionName: 'Operator Mesin',
    kbjiCode: '8189',
    kbliCode: '10750',
    regionCode: '33.74',
    numberNeeded: 1,
    validFrom: day(0),
    validUntil: day(90),
    description: 'Lowongan kerja',
    ...extra,
  });

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_search');
    drop = db.drop;
    dbUrl = db.url;
    // the test folds the facet-count deltas itself (the service's own fold would race its assertions)
    svc = await startService(jobsService, serviceTestEnv(db.url, { VACANCY_FACET_FOLD_MS: '86400000' }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    const e = await client.createEmployer({
      employer: {
        nib: randomNib(),
        legalName: 'RS Sehat Sentosa',
        employerType: 'EMPLOYER_TYPE_PRIVATE',
        kbliCodes: ['86101'],
        regionCode: '33.74',
      },
    });
    const specs: Partial<jobsV1.Vacancy>[] = [
      {
        positionName: 'Perawat',
        kbjiCode: '2221',
        kbliCode: '86101',
        regionCode: '33.74',
        minEducation: 'EDUCATION_LEVEL_D3',
        wageMin: 5_000_000,
        wageMax: 7_000_000,
        wageHidden: false,
        skills: ['Asuhan Keperawatan'],
      },
      {
        positionName: 'Perawat Pelaksana',
        kbjiCode: '2221',
        kbliCode: '86101',
        regionCode: '31.71',
        minEducation: 'EDUCATION_LEVEL_S1',
        wageMin: 6_000_000,
        wageHidden: true,
      },
      {
        positionName: 'Staff Nurse',
        kbjiCode: '2221',
        kbliCode: '86101',
        regionCode: '35.78',
        minEducation: 'EDUCATION_LEVEL_D3',
        overseas: true,
        destinationCountry: 'JP',
        wageMin: 15_000_000,
        wageMax: 20_000_000,
        wageHidden: false,
      },
      {
        positionName: 'Programmer',
        kbjiCode: '2512',
        kbliCode: '62019',
        regionCode: '33.74',
        minEducation: 'EDUCATION_LEVEL_S1',
        employmentType: 'EMPLOYMENT_TYPE_CONTRACT',
        wageMin: 9_000_000,
        wageMax: 12_000_000,
        wageHidden: false,
        skills: ['TypeScript'],
      },
      {
        positionName: 'Senior Programmer Java',
        // an occupation of the unit group 2512 (NNNN.NN)
        kbjiCode: '2512.01',
        kbliCode: '62019',
        regionCode: '32.73',
        minEducation: 'EDUCATION_LEVEL_S1',
        wageMin: 15_000_000,
        wageHidden: false,
      },
      {
        positionName: 'Software Engineer',
        kbjiCode: '2512',
        kbliCode: '62011',
        regionCode: '31.71',
        minEducation: 'EDUCATION_LEVEL_S1',
        description: 'We build backend services for programmers',
      },
      {
        positionName: 'Pengemudi Truk',
        kbjiCode: '8322',
        kbliCode: '49431',
        regionCode: '33.22',
        minEducation: 'EDUCATION_LEVEL_SMP',
        employmentType: 'EMPLOYMENT_TYPE_DAILY',
        wageMin: 3_500_000,
        wageMax: 4_000_000,
        wageHidden: false,
      },
      {
        positionName: 'Kasir Minimarket',
        kbjiCode: '5230',
        kbliCode: '47111',
        regionCode: '33.74',
        minEducation: 'EDUCATION_LEVEL_SMA',
        employmentType: 'EMPLOYMENT_TYPE_PART_TIME',
      },
    ];
    // plus a crowd of machine operators in two provinces for paging
    for (let i = 0; i < 23; i++)
      specs.push({
        positionName: i % 2 ? 'Operator Produksi' : 'Operator Mesin Produksi',
        regionCode: i % 3 ? '33.74' : '35.78',
        kbliCode: i % 4 ? '10750' : '13121',
        minEducation: i % 2 ? 'EDUCATION_LEVEL_SMK' : 'EDUCATION_LEVEL_SMA',
        wageMin: 3_000_000 + i * 100_000,
        wageHidden: i % 5 === 0,
      });
    for (const spec of specs) {
      const v = base(e.id, spec);
      const made = await client.createVacancy({ vacancy: v });
      published.push({ id: made.id, v });
    }
    // never searchable: a draft, a closed and a filled vacancy, all with a word nothing else has
    hidden.push((await client.createVacancy({ vacancy: base(e.id, { positionName: 'Perawat Rahasia Zyxwv' }), draft: true })).id);
    const closed = await client.createVacancy({ vacancy: base(e.id, { positionName: 'Perawat Tutup Zyxwv' }) });
    await client.closeVacancy({ id: closed.id, reason: 'batal' });
    hidden.push(closed.id);
    const filled = await client.createVacancy({ vacancy: base(e.id, { positionName: 'Programmer Zyxwv' }) });
    await client.reportVacancyFilled({ id: filled.id, numberHired: 1 });
    hidden.push(filled.id);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  /** A plain connection to the service's database for the duration of fn. */
  const withPg = async <T>(fn: (pg: Client) => Promise<T>): Promise<T> => {
    const pg = new Client({ connectionString: dbUrl });
    await pg.connect();
    try {
      return await fn(pg);
    } finally {
      await pg.end();
    }
  };
  const search = (r: Partial<jobsV1.SearchVacanciesRequest>) => client.searchVacancies(r as jobsV1.SearchVacanciesRequest);
  const names = (r: jobsV1.SearchVacanciesResponse__Output) => r.hits.map((h) => h.positionName).sort();
  const idsOf = (pred: (v: V) => boolean) =>
    published
      .filter((m) => pred(m.v))
      .map((m) => m.id)
      .sort();

  it('finds Indonesian words as written and English words by stem, ranking position-name matches first', async () => {
    const r = await search({ query: 'perawat' });
    expect(r.match).toBe('VACANCY_SEARCH_MATCH_FULL_TEXT');
    expect(names(r)).toEqual(['Perawat', 'Perawat Pelaksana']);
    expect(r.hits[0].score).toBeGreaterThan(0);
    expect(r.totalSize).toBe('2');
    const en = await search({ query: 'nurses' });
    expect(names(en)).toEqual(['Staff Nurse']);
    // 'programmers' stems to 'programm': the title matches outrank the description-only match
    const prog = await search({ query: 'programmers' });
    expect(
      prog.hits
        .slice(0, 2)
        .map((h) => h.positionName)
        .sort(),
    ).toEqual(['Programmer', 'Senior Programmer Java']);
    expect(prog.hits[2].positionName).toBe('Software Engineer');
    expect(prog.hits[1].score).toBeGreaterThan(prog.hits[2].score);
    expect(prog.hits.find((h) => h.positionName === 'Programmer')).toMatchObject({
      employerName: 'RS Sehat Sentosa',
      regionCode: '33.74',
      minEducation: 'S1',
      employmentType: 'CONTRACT',
      wageMin: '9000000',
      wageMax: '12000000',
    });
  });

  it('tolerates typos: nothing matches the full text, similar position names do', async () => {
    const r = await search({ query: 'progamer' });
    expect(r.match).toBe('VACANCY_SEARCH_MATCH_TYPO_TOLERANT');
    expect(names(r)).toEqual(['Programmer', 'Senior Programmer Java']);
    expect(names(await search({ query: 'perawaat' }))).toEqual(['Perawat', 'Perawat Pelaksana']);
    expect((await search({ query: 'qqqqxxxx' })).hits).toEqual([]);
    // a typo-tolerant search pages on with the corrected words carried in the token
    const first = await search({ query: 'progamer', pageSize: 1 });
    expect(first.nextPageToken).not.toBe('');
    const second = await search({ query: 'progamer', pageSize: 1, pageToken: first.nextPageToken });
    expect(second.match).toBe('VACANCY_SEARCH_MATCH_TYPO_TOLERANT');
    expect([...first.hits, ...second.hits].map((h) => h.positionName).sort()).toEqual(['Programmer', 'Senior Programmer Java']);
    expect(second.nextPageToken).toBe('');
  });

  it('never returns drafts, closed or filled vacancies, by text, typo or filters', async () => {
    expect((await search({ query: 'zyxwv' })).hits).toEqual([]);
    expect((await search({ query: 'zyxwvv' })).hits).toEqual([]);
    const all: string[] = [];
    let token = '';
    do {
      const r = await search({ pageSize: 100, pageToken: token });
      all.push(...r.hits.map((h) => h.id));
      token = r.nextPageToken;
    } while (token);
    expect(all.sort()).toEqual(published.map((m) => m.id).sort());
    for (const id of hidden) expect(all).not.toContain(id);
  });

  it('filters by region prefix, KBJI prefix, KBLI category or prefix, education, wage, employment type, overseas, posted since', async () => {
    const ids = async (r: Partial<jobsV1.SearchVacanciesRequest>) => {
      const out: string[] = [];
      let token = '';
      do {
        const page = await search({ ...r, pageSize: 7, pageToken: token });
        out.push(...page.hits.map((h) => h.id));
        token = page.nextPageToken;
      } while (token);
      return out.sort();
    };
    expect(await ids({ regionCode: '33' })).toEqual(idsOf((v) => v.regionCode.startsWith('33.')));
    expect(await ids({ regionCode: '33.74' })).toEqual(idsOf((v) => v.regionCode === '33.74'));
    expect(await ids({ kbjiCode: '2' })).toEqual(idsOf((v) => v.kbjiCode.startsWith('2')));
    expect(await ids({ kbjiCode: '251' })).toEqual(idsOf((v) => v.kbjiCode.startsWith('251')));
    // an occupation, in every order, with and without words (its unit group's index and statistics; the code itself tested)
    for (const sort of ['VACANCY_SEARCH_SORT_DATE', 'VACANCY_SEARCH_SORT_WAGE', 'VACANCY_SEARCH_SORT_RELEVANCE'] as const) {
      expect(await ids({ kbjiCode: '2512.01', sort })).toEqual(idsOf((v) => v.kbjiCode === '2512.01'));
      expect(await ids({ kbjiCode: '2512.01', query: 'programmer', sort })).toEqual(idsOf((v) => v.kbjiCode === '2512.01'));
      expect(await ids({ kbjiCode: '2512.01', regionCode: '32', sort })).toEqual(idsOf((v) => v.kbjiCode === '2512.01'));
      expect(await ids({ kbjiCode: '2512.02', sort })).toEqual([]);
    }
    expect(idsOf((v) => v.kbjiCode === '2512.01')).toHaveLength(1);
    expect(await ids({ kbli: 'J' })).toEqual(idsOf((v) => ['62019', '62011'].includes(v.kbliCode)));
    expect(await ids({ kbli: '13' })).toEqual(idsOf((v) => v.kbliCode.startsWith('13')));
    expect(await ids({ minEducation: 'SMK' })).toEqual(idsOf((v) => v.minEducation === 'EDUCATION_LEVEL_SMK'));
    expect(await ids({ employmentType: 'DAILY' })).toEqual(idsOf((v) => v.employmentType === 'EMPLOYMENT_TYPE_DAILY'));
    expect(await ids({ overseas: true })).toEqual(idsOf((v) => !!v.overseas));
    expect((await ids({ overseas: false })).length).toBe(published.length - 1);
    // wages: only shown ones, overlapping the range; the hidden 6,000,000 never matches
    const shown = (v: V) => !!v.wageHidden === false && !!v.wageMin;
    const hi = (v: V) => Number(v.wageMax || v.wageMin);
    const lo = (v: V) => Number(v.wageMin || v.wageMax);
    expect(await ids({ wageMin: 5_500_000, wageMax: 10_000_000 })).toEqual(
      idsOf((v) => shown(v) && hi(v) >= 5_500_000 && lo(v) <= 10_000_000),
    );
    expect(await ids({ wageMin: 5_500_000, wageMax: 10_000_000 })).not.toContain(published[1].id);
    expect(await ids({ wageMax: 3_300_000 })).toEqual(idsOf((v) => shown(v) && lo(v) <= 3_300_000));
    expect(await ids({ postedSince: day(-1) })).toHaveLength(published.length);
    expect(await ids({ postedSince: day(2) })).toEqual([]);
    expect(await ids({ query: 'operator', regionCode: '35', minEducation: 'SMA' })).toEqual(
      idsOf((v) => v.positionName.startsWith('Operator') && v.regionCode.startsWith('35.') && v.minEducation === 'EDUCATION_LEVEL_SMA'),
    );
  });

  it('counts facets over every match (first page only)', async () => {
    const r = await search({ query: 'operator', pageSize: 2 });
    const ops = published.filter((m) => m.v.positionName.startsWith('Operator')).map((m) => m.v);
    expect(r.totalSize).toBe(String(ops.length));
    const count = (key: (v: V) => string) => {
      const m = new Map<string, number>();
      for (const v of ops) m.set(key(v), (m.get(key(v)) ?? 0) + 1);
      return Object.fromEntries(m);
    };
    const got = (list: jobsV1.FacetBucket__Output[]) => Object.fromEntries(list.map((b) => [b.value, Number(b.count)]));
    expect(got(r.facets!.provinces)).toEqual(count((v) => v.regionCode.slice(0, 2)));
    expect(got(r.facets!.kbjiMajorGroups)).toEqual({ '8': ops.length });
    expect(got(r.facets!.kbliCategories)).toEqual({ C: ops.length });
    expect(got(r.facets!.minEducations)).toEqual(count((v) => String(v.minEducation).replace('EDUCATION_LEVEL_', '')));
    expect(got(r.facets!.employmentTypes)).toEqual({ FULL_TIME: ops.length });
    expect(got(r.facets!.overseas)).toEqual({ false: ops.length });
    expect(r.facets!.provinces.find((b) => b.value === '33')?.label).toBe('JAWA TENGAH');
    const next = await search({ query: 'operator', pageSize: 2, pageToken: r.nextPageToken });
    expect(next.facets).toBeNull();
    expect(next.totalSize).toBeUndefined();
    const skipped = await search({ query: 'operator', skipFacets: true });
    expect(skipped.facets).toBeNull();
  });

  it('counts the facets of a sorted first page from the matches it collects, as the facet statement counts them', async () => {
    const pool = new Pool({ connectionString: dbUrl, max: 4 });
    const statements: string[] = [];
    const query = pool.query.bind(pool) as (...a: unknown[]) => Promise<unknown>;
    (pool as unknown as { query: (...a: unknown[]) => Promise<unknown> }).query = (q: unknown, ...rest: unknown[]) => {
      statements.push(typeof q === 'string' ? q : (q as { text: string }).text);
      return query(q, ...rest);
    };
    // limit 3 of the operator matches: a bound below the matches, and one above
    const services = [new VacancySearchService(pool as never), new VacancySearchService(pool as never, { facetExactLimit: 3 })];
    try {
      for (const [i, service] of services.entries()) {
        for (const sort of ['relevance', 'date', 'wage'] as const) {
          for (const input of [{ q: 'operator' }, { q: 'perawat', region: '31' }, { q: 'operator', kbji: '8' }]) {
            statements.length = 0;
            const r = await service.search({ ...input, sort, pageSize: 2 });
            // the few matches of this catalogue are sorted: one statement reads the page and counts the facets
            expect(statements.filter((t) => t.includes('GROUPING(')).length).toBe(1);
            expect(statements.find((t) => t.includes('GROUPING('))).toMatch(/^WITH m AS MATERIALIZED/);
            const limit = i === 0 ? undefined : 3;
            const st = facetStatement(normalizeSearch({ ...input, sort }).search, 'fts', limit);
            const expected = toFacets((await pool.query(st.text, st.values as unknown[])).rows);
            expect(r.totalSize).toBe(expected.total);
            expect(r.totalSizeIsLowerBound).toBe(limit !== undefined && expected.total >= limit);
            if (limit === undefined) expect(r.facets).toEqual(expected.facets);
            expect(r.hits.length).toBe(Math.min(2, expected.total));
            expect(r.hits.every((h) => !('facets' in h))).toBe(true);
          }
        }
      }
      // a walk (forced: every estimate above what sorting is for) counts by a statement of its own, the same counts
      const walking = new VacancySearchService(pool as never);
      (walking as unknown as { pageStrategy: () => Promise<string> }).pageStrategy = async () => 'walk';
      statements.length = 0;
      const w = await walking.search({ q: 'operator', sort: 'date', pageSize: 2 });
      expect(statements.filter((t) => t.startsWith('WITH m AS MATERIALIZED'))).toEqual([]);
      const st = facetStatement(normalizeSearch({ q: 'operator' }).search, 'fts');
      expect(w.facets).toEqual(toFacets((await pool.query(st.text, st.values as unknown[])).rows).facets);
    } finally {
      await pool.end();
    }
  });

  it('walks every match exactly once with cursors, in each sort, across the relevance window boundary', async () => {
    // a service with a 5-row relevance window: the walk crosses from ranked rows (tier 0) into date order (tier 1)
    const small = new VacancySearchService(svc.dataSource, { rankWindow: 5 });
    const expected = idsOf((v) => v.positionName.startsWith('Operator')).sort();
    for (const sort of ['relevance', 'date', 'wage']) {
      for (const svcUnder of [small, undefined]) {
        const seen: string[] = [];
        const scores: number[] = [];
        let token = '';
        let pages = 0;
        do {
          const page = svcUnder
            ? await svcUnder.search({ q: 'operator', sort, pageSize: 3, pageToken: token })
            : await search({
                query: 'operator',
                sort: `VACANCY_SEARCH_SORT_${sort.toUpperCase()}` as jobsV1.VacancySearchSort,
                pageSize: 3,
                pageToken: token,
              }).then((r) => ({
                hits: r.hits.map((h) => ({ id: h.id, score: h.score, wage_sort: '' })),
                nextPageToken: r.nextPageToken,
              }));
          expect(page.hits.length).toBeLessThanOrEqual(3);
          seen.push(...page.hits.map((h) => h.id));
          scores.push(...page.hits.map((h) => h.score));
          token = page.nextPageToken;
          pages++;
        } while (token && pages < 50);
        expect(seen).toHaveLength(expected.length);
        expect([...seen].sort()).toEqual(expected);
        if (sort === 'relevance' && svcUnder) {
          // the first 5 are ranked (non-increasing score), the rest follow
          for (let i = 1; i < 5; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
        }
      }
    }
    // wage order: shown wages high to low, hidden ones last
    const wages: string[] = [];
    let token = '';
    do {
      const page = await search({ query: 'operator', sort: 'VACANCY_SEARCH_SORT_WAGE', pageSize: 4, pageToken: token });
      wages.push(...page.hits.map((h) => (h.wageHidden ? '-1' : h.wageMin)));
      token = page.nextPageToken;
    } while (token);
    const nums = wages.map(Number);
    expect(nums).toEqual([...nums].sort((a, b) => b - a));
    expect(nums[nums.length - 1]).toBe(-1);
  });

  it('reads the partial full-text index of the province for a province or regency search (one per province)', async () => {
    await withPg(async (pg) => {
      const idx: { indexname: string }[] = (
        await pg.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'vacancies' AND indexname LIKE 'vacancies_search_p__'`)
      ).rows;
      expect(idx.map((r) => r.indexname).sort()).toEqual(
        listProvinces()
          .map((p) => `vacancies_search_p${p.code}`)
          .sort(),
      );
      // on a tiny table the planner rightly prefers other plans; with the other indexes dropped (in a transaction rolled
      // back) what remains shows which searches the partial indexes can answer
      await pg.query('BEGIN');
      const others: { indexname: string }[] = (
        await pg.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'vacancies' AND indexname NOT LIKE 'vacancies_search_p__' AND indexname <> 'vacancies_pkey'
          AND indexdef NOT LIKE 'CREATE UNIQUE%'`)
      ).rows;
      for (const o of others) await pg.query(`DROP INDEX "${o.indexname}"`);
      await pg.query('SET LOCAL enable_seqscan = off');
      const plan = async (input: VacancySearchInput) => {
        const { search } = normalizeSearch(input);
        const st = rankedPageStatement(search, 'fts', 1000, undefined, undefined, 21);
        return (await pg.query(`EXPLAIN ${st.text}`, st.values)).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      };
      expect(await plan({ q: 'operator produksi', region: '33' })).toContain('Bitmap Index Scan on vacancies_search_p33');
      // a regency search names its province too
      expect(await plan({ q: 'operator produksi', region: '35.78' })).toContain('Bitmap Index Scan on vacancies_search_p35');
      // nationwide: no partial index applies
      expect(await plan({ q: 'operator produksi' })).not.toMatch(/vacancies_search_p\d\d/);
      await pg.query('ROLLBACK');
    });
  });

  it("answers the same pages in every order whether it walks the order's index or sorts the text matches", async () => {
    await withPg(async (pg) => {
      const inputs = [{ q: 'operator produksi' }, { q: 'operator', region: '33' }, { q: 'perawat' }, { q: 'produksi', region: '35.78' }];
      for (const input of inputs) {
        for (const sort of ['wage', 'date'] as const) {
          const { search } = normalizeSearch({ ...input, sort, pageSize: 4 });
          const pages: Record<PageStrategy, string[][]> = { walk: [], sort: [] };
          for (const strategy of ['walk', 'sort'] as const) {
            let after: [string, string] | undefined;
            for (;;) {
              const st =
                sort === 'wage'
                  ? wagePageStatement(search, 'fts', after, 5, strategy)
                  : datePageStatement(search, 'fts', undefined, after, 5, strategy);
              const rows: { id: string; wage_sort: string; published_text: string }[] = (await pg.query(st.text, st.values)).rows;
              pages[strategy].push(rows.slice(0, 4).map((r) => r.id));
              if (rows.length <= 4) break;
              after = [sort === 'wage' ? String(rows[3].wage_sort) : rows[3].published_text, rows[3].id];
            }
          }
          expect(pages.sort).toEqual(pages.walk);
          expect(pages.walk.flat().length).toBeGreaterThan(0);
        }
        // relevance: the same window (its size and oldest row) and the same ranked pages, with a window of 6 matches
        const { search } = normalizeSearch({ ...input, pageSize: 4 });
        const ranked: Record<PageStrategy, unknown[]> = { walk: [], sort: [] };
        for (const strategy of ['walk', 'sort'] as const) {
          let after: [string, string] | undefined;
          let boundary: [string, string] | undefined;
          for (let page = 0; page < 3; page++) {
            const st = rankedPageStatement(search, 'fts', 6, boundary, after, 5, strategy);
            const rows: Record<string, string>[] = (await pg.query(st.text, st.values)).rows;
            ranked[strategy].push(rows.map((r) => [r.id, r.score_text, r.window_count, r.boundary_ts, r.boundary_id]));
            if (rows.length <= 4) break;
            boundary ??= [rows[0].boundary_ts, rows[0].boundary_id];
            after = [rows[3].score_text, rows[3].id];
          }
        }
        expect(ranked.sort).toEqual(ranked.walk);
      }
      // the planner's two estimates: the matches, and what the walk reads through (every published vacancy of the region)
      await pg.query('ANALYZE vacancies');
      const { search } = normalizeSearch({ q: 'operator', region: '33', kbji: '8' });
      const est = matchEstimateStatement(search, 'fts');
      const walk = walkEstimateStatement(walkedRegion(search));
      const estimate = {
        matches: readPlanRows((await pg.query(est.text, est.values)).rows),
        walked: readPlanRows((await pg.query(walk.text, walk.values)).rows),
      };
      const [{ n }] = (await pg.query(`SELECT count(*)::int AS n FROM vacancies WHERE state = 'PUBLISHED' AND province_code = '33'`)).rows;
      expect(estimate.matches).toBeGreaterThan(0);
      expect(estimate.walked).toBeGreaterThan(estimate.matches);
      expect(estimate.walked).toBeGreaterThanOrEqual(n / 2);
      expect(estimate.walked).toBeLessThanOrEqual(n * 2);
      // a word's estimate is near its true count: the query ORing the two configurations' lexemes was estimated as if they
      // matched different vacancies (up to twice the count), and the strategy chosen from it could be the wrong one
      for (const q of ['operator', 'produksi']) {
        const one = normalizeSearch({ q }).search;
        const st = matchEstimateStatement(one, 'fts');
        const estimated = readPlanRows((await pg.query(st.text, st.values)).rows);
        const p = new Params();
        const [{ matching }] = (
          await pg.query(`SELECT count(*)::int AS matching FROM vacancies v WHERE ${whereClause(one, 'fts', p)}`, p.values)
        ).rows;
        expect(matching).toBeGreaterThan(10);
        // here 21 for 23 (the query ORing them: 28; on 1 M vacancies, 27,213 for 13,922)
        expect(estimated / matching).toBeGreaterThan(0.8);
        expect(estimated / matching).toBeLessThan(1.15);
      }
    });
  });

  it('intersects words and a KBJI group of any level inside the nationwide full-text index, with statistics of the groups', async () => {
    await withPg(async (pg) => {
      const stats: { stxname: string }[] = (await pg.query(`SELECT stxname FROM pg_statistic_ext ORDER BY 1`)).rows;
      expect(stats.map((r) => r.stxname)).toEqual(
        expect.arrayContaining([
          'vacancies_kbji_major_stats',
          'vacancies_kbji_sub_major_stats',
          'vacancies_kbji_minor_stats',
          'vacancies_kbji_unit_stats',
          'vacancies_kbli_main_stats',
        ]),
      );
      // on a tiny table the planner rightly prefers other plans; with the other indexes dropped (in a transaction rolled
      // back), the full-text index answers both conditions
      await pg.query('BEGIN');
      const others: { indexname: string }[] = (
        await pg.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'vacancies' AND indexname NOT IN ('vacancies_search_words_regions', 'vacancies_pkey')
          AND indexdef NOT LIKE 'CREATE UNIQUE%'`)
      ).rows;
      for (const o of others) await pg.query(`DROP INDEX "${o.indexname}"`);
      await pg.query('SET LOCAL enable_seqscan = off');
      // every level: a major or sub-major group (migration 1800) as a minor or unit group (migration 1300)
      for (const kbji of ['8', '83', '832', '8322']) {
        const { search } = normalizeSearch({ q: 'operator', kbji, sort: 'date' });
        const st = datePageStatement(search, 'fts', undefined, undefined, 21, 'sort');
        const plan = (await pg.query(`EXPLAIN ${st.text}`, st.values)).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        expect(plan).toMatch(
          new RegExp(
            `Bitmap Index Scan on vacancies_search_words_regions\\b[^\\n]*\\n\\s*Index Cond: \\(\\(search_vector @@ [^\\n]*"left"\\(kbji_code, ${kbji.length}\\) = '${kbji}'`,
          ),
        );
      }
      await pg.query('ROLLBACK');
      // the same vacancies as LIKE 'group%', nationwide and (where LIKE stays) in a region
      const { search } = normalizeSearch({ q: 'operator' });
      const p = new Params();
      const words = whereClause(search, 'fts', p);
      let found = 0;
      for (const [kbji, region] of [['8'], ['83'], ['7'], ['8', '33'], ['83', '33.74']]) {
        const filtered = normalizeSearch({ q: 'operator', kbji, region }).search;
        const f = new Params();
        const [{ n }] = (await pg.query(`SELECT count(*)::int AS n FROM vacancies v WHERE ${whereClause(filtered, 'fts', f)}`, f.values))
          .rows;
        const regionTest = !region ? '' : region.length === 2 ? `AND v.province_code = '${region}'` : `AND v.region_code = '${region}'`;
        const [{ like }] = (
          await pg.query(
            `SELECT count(*)::int AS like FROM vacancies v WHERE ${words} AND v.kbji_code LIKE '${kbji}%' ${regionTest}`,
            p.values,
          )
        ).rows;
        expect({ kbji, region, n }).toEqual({ kbji, region, n: like });
        found += n;
      }
      expect(found).toBeGreaterThan(0);
    });
  });

  it('refuses bad input naming the fields, and a page token of another search', async () => {
    const err = await search({
      regionCode: '99',
      kbjiCode: 'x',
      kbli: 'Z9',
      minEducation: 'PHD',
      employmentType: 'GIG',
      postedSince: 'yesterday',
      wageMin: '9',
      wageMax: '5',
      query: 'a'.repeat(201),
    }).catch((e) => e);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(err)).toEqual(
      expect.arrayContaining(['region', 'kbji', 'kbli', 'minEducation', 'employmentType', 'postedSince', 'wageMax', 'q']),
    );
    // timestamps of the right shape with a field out of range (Date.parse would roll them over to another day)
    for (const postedSince of [
      '2026-02-30T10:00Z',
      '2026-04-31T00:00:00+07:00',
      '2026-01-01T24:00Z',
      '2026-01-01T10:60:00Z',
      '2026-01-01T10:00+25:00',
    ]) {
      const bad = await search({ postedSince }).catch((e) => e);
      expect({ postedSince, code: bad.code, fields: fieldsOf(bad) }).toEqual({
        postedSince,
        code: status.INVALID_ARGUMENT,
        fields: ['postedSince'],
      });
    }
    expect(Number((await search({ postedSince: '2026-02-28T23:59:59.5+07:00' })).totalSize)).toBeGreaterThan(0);
    const first = await search({ query: 'operator', pageSize: 2 });
    const other = await search({ query: 'perawat', pageToken: first.nextPageToken }).catch((e) => e);
    expect(other.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldsOf(other)).toEqual(['pageToken']);
    const garbage = await search({ pageToken: 'bm90LWEtdG9rZW4' }).catch((e) => e);
    expect(fieldsOf(garbage)).toEqual(['pageToken']);
    // a token forged for this search (its fingerprint is no secret) whose keys are not what its order reads back: refused
    // as invalid, never a failed statement (500)
    const forged = (token: string, edit: (c: Record<string, unknown[]>) => void) => {
      const c = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
      edit(c);
      return Buffer.from(JSON.stringify(c)).toString('base64url');
    };
    for (const sort of ['VACANCY_SEARCH_SORT_DATE', 'VACANCY_SEARCH_SORT_WAGE', 'VACANCY_SEARCH_SORT_RELEVANCE'] as const) {
      const page = await search({ query: 'operator', sort, pageSize: 1 });
      expect(page.nextPageToken).not.toBe('');
      // the real token still pages
      expect((await search({ query: 'operator', sort, pageSize: 1, pageToken: page.nextPageToken })).hits).toHaveLength(1);
      const keys = ['abc', '2026-13-45 99:99:99+00', '2026-02-30 10:00:00+00', '1e999', '', 'NaN', 'abc 2026'];
      for (const key of keys) {
        const pageToken = forged(page.nextPageToken, (c) => (c.k[0] = key));
        const refused = await search({ query: 'operator', sort, pageSize: 1, pageToken }).catch((e) => e);
        expect([sort, key, refused.code]).toEqual([sort, key, status.INVALID_ARGUMENT]);
        expect(fieldsOf(refused)).toEqual(['pageToken']);
      }
      // typo-tolerant corrections carried by the token: searched with as written, so nothing PostgreSQL cannot store
      for (const corrected of ['a\u0000b', 'bel\u0007l'])
        expect(
          fieldsOf(
            await search({
              query: 'operator',
              sort,
              pageSize: 1,
              pageToken: forged(page.nextPageToken, (c) => Object.assign(c, { m: 'trgm', c: corrected })),
            }).catch((e) => e),
          ),
        ).toEqual(['pageToken']);
      const badBoundary = forged(page.nextPageToken, (c) => (c.b = ['2026-02-30 10:00:00+00', c.k[1]]));
      expect((await search({ query: 'operator', sort, pageSize: 1, pageToken: badBoundary }).catch((e) => e)).code).toBe(
        status.INVALID_ARGUMENT,
      );
    }
  });

  it('sums the facet counts of searches without words from the summary tables exactly as counting the vacancies does, through every kind of write', async () => {
    const pg = new Client({ connectionString: dbUrl });
    await pg.connect();
    const inputs: VacancySearchInput[] = [
      {},
      { region: '33' },
      { region: '33.74' },
      { region: '35', kbji: '2' },
      { kbji: '25' },
      { kbji: '81', region: '33.74', minEducation: 'SMK' },
      { kbli: 'C' },
      { kbli: 'Q' },
      { kbli: '62', minEducation: 'S1' },
      { region: '31', overseas: false },
      { overseas: true },
      { employmentType: 'CONTRACT' },
      { region: '33.22', employmentType: 'DAILY' },
      // a KBJI major group nationwide and a sub-major group in a regency: the summary's range (migration 1500) must match
      // what LIKE 'prefix%' matches on the vacancies, a vacancy coded with its major group only ('7') included
      { kbji: '7' },
      { kbji: '75', region: '33.22' },
    ];
    const norm = (rows: { g: number; value: string; n: number }[]) =>
      rows
        .filter((r) => r.n > 0)
        .map((r) => `${r.g}|${r.value}|${r.n}`)
        .sort();
    const compare = async (when: string) => {
      for (const input of inputs) {
        const { search: s } = normalizeSearch(input);
        const summed = facetSummaryStatement(s)!;
        const counted = facetStatement(s, 'none');
        const [a, b] = [(await pg.query(summed.text, summed.values)).rows, (await pg.query(counted.text, counted.values)).rows];
        expect({ when, input, facets: norm(a) }).toEqual({ when, input, facets: norm(b) });
      }
    };
    try {
      await compare('as built');
      const e = await client.createEmployer({
        employer: {
          nib: randomNib(),
          legalName: 'PT Pabrik Roti',
          employerType: 'EMPLOYER_TYPE_PRIVATE',
          kbliCodes: ['10710'],
          regionCode: '33.74',
        },
      });
      const v = (extra: Partial<jobsV1.Vacancy>) =>
        base(e.id, { kbjiCode: '7512', kbliCode: '10710', regionCode: '33.22', minEducation: 'EDUCATION_LEVEL_SMK', ...extra });
      const a = await client.createVacancy({ vacancy: v({ positionName: 'Pembuat Roti' }) });
      await client.createVacancy({ vacancy: v({ positionName: 'Tukang Roti', kbjiCode: '7' }) });
      const draft = await client.createVacancy({ vacancy: v({ positionName: 'Pembuat Kue', regionCode: '35.78' }), draft: true });
      await compare('a vacancy published, a draft made');
      await client.publishVacancy({ id: draft.id });
      await client.closeVacancy({ id: a.id, reason: 'batal' });
      const b = await client.createVacancy({
        vacancy: v({ positionName: 'Operator Oven', overseas: true, destinationCountry: 'MY' }),
      });
      await client.reportVacancyFilled({ id: b.id, numberHired: 1 });
      await compare('published, closed, filled');
      // one statement changing several vacancies (as the expiry job does), and one removing them
      const several = await pg.query(
        `UPDATE vacancies SET state = 'EXPIRED', ended_at = now() WHERE id IN (SELECT id FROM vacancies WHERE state = 'PUBLISHED' AND position_name LIKE 'Operator%' LIMIT 5) RETURNING id`,
      );
      expect(several.rowCount).toBe(5);
      await compare('several expired at once');
      await pg.query(`DELETE FROM vacancies WHERE employer_id = $1`, [e.id]);
      await compare('vacancies deleted');
      // the writes appended deltas; folded into the summary tables (as the jobs service does every second) they count the same
      expect(Number((await pg.query(`SELECT count(*) FROM vacancy_facet_count_deltas`)).rows[0].count)).toBeGreaterThan(0);
      expect(
        await new FacetCountFoldJob(svc.dataSource, createLogger('fold', 'silent'), { VACANCY_FACET_FOLD_MS: 1000 } as never).foldOnce(),
      ).toBeGreaterThan(0);
      expect(Number((await pg.query(`SELECT count(*) FROM vacancy_facet_count_deltas`)).rows[0].count)).toBe(0);
      await compare('deltas folded');
      // words, wages, dates and finer codes are counted over the matches
      for (const input of [{ q: 'perawat' }, { wageMin: 1 }, { postedSince: day(-1) }, { kbji: '251' }, { kbli: '620' }])
        expect(facetSummaryStatement(normalizeSearch(input).search)).toBeUndefined();
    } finally {
      await pg.end();
    }
  });

  it('reads the summary rows of a KBJI group along an index, nationwide and in a region, with the generic plan the service keeps', async () => {
    await withPg(async (pg) => {
      // on a tiny table the planner rightly prefers to read it all; without that choice the plan shows what the
      // conditions can use (LIKE with a parameter, as first written, is an index condition nowhere in a generic plan)
      await pg.query('BEGIN');
      try {
        await pg.query('SET LOCAL enable_seqscan = off');
        await pg.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
        const plan = async (input: VacancySearchInput) => {
          const st = facetSummaryStatement(normalizeSearch(input).search)!;
          expect(st.prepared).toBe(true);
          // prepared and executed with literals: EXPLAIN of a statement with bound values plans for those values
          await pg.query(`PREPARE summed AS ${st.text}`);
          const literals = st.values.map((v) => pg.escapeLiteral(String(v))).join(', ');
          const rows = (await pg.query(`EXPLAIN EXECUTE summed(${literals})`)).rows;
          await pg.query('DEALLOCATE summed');
          return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        };
        for (const kbji of ['7', '75']) {
          const nationwide = await plan({ kbji });
          expect(nationwide).toMatch(
            /Index Scan on vacancy_facet_counts_province_kbji[\s\S]*Index Cond: \(\(kbji_sub >= \$\d\) AND \(kbji_sub <= \$\d\)\)/,
          );
          const province = await plan({ kbji, region: '33' });
          expect(province).toMatch(/Index Cond: \(\(province_code = \$\d\) AND \(kbji_sub >= \$\d\) AND \(kbji_sub <= \$\d\)\)/);
        }
      } finally {
        await pg.query('ROLLBACK');
      }
    });
  });

  it('lets writers of the same region and facet values publish side by side: no summary row lock is held until commit', async () => {
    const e = await client.createEmployer({
      employer: {
        nib: randomNib(),
        legalName: 'PT Dua Penulis',
        employerType: 'EMPLOYER_TYPE_PRIVATE',
        kbliCodes: ['10710'],
        regionCode: '33.22',
      },
    });
    const same = () =>
      client.createVacancy({
        vacancy: base(e.id, { positionName: 'Pengemas Roti', kbjiCode: '9321', kbliCode: '10710', regionCode: '33.22' }),
        draft: true,
      });
    const [a, b] = [await same(), await same()];
    const [first, second] = [new Client({ connectionString: dbUrl }), new Client({ connectionString: dbUrl })];
    await first.connect();
    await second.connect();
    try {
      const publish = (pg: Client, id: string) =>
        pg.query(`UPDATE vacancies SET state = 'PUBLISHED', published_at = now() WHERE id = $1 AND state = 'DRAFT'`, [id]);
      await first.query('BEGIN');
      await publish(first, a.id);
      // the first writer has not committed; the second, with the same region and facet values, must not wait for it
      await second.query(`SET lock_timeout = '2s'`);
      await second.query('BEGIN');
      await publish(second, b.id);
      await second.query('COMMIT');
      await first.query('COMMIT');
      const { search: s } = normalizeSearch({ region: '33.22', kbji: '93' });
      const summed = facetSummaryStatement(s)!;
      const counted = facetStatement(s, 'none');
      const rows = async (st: { text: string; values: unknown[] }) =>
        (await first.query(st.text, st.values)).rows.map((r) => `${r.g}|${r.value}|${r.n}`).sort();
      expect(await rows(summed)).toEqual(await rows(counted));
      expect((await rows(counted)).some((r) => r.endsWith('|2'))).toBe(true);
    } finally {
      await first.end();
      await second.end();
    }
  });

  it('pages a search without words with the same rows whether the keys come from an index-only walk or the table', async () => {
    await withPg(async (pg) => {
      for (const input of [
        { region: '33.74' },
        { region: '33', minEducation: 'SMK' },
        { kbji: '8189', region: '33' },
        { kbli: 'C', sort: 'wage' },
      ]) {
        const { search: s } = normalizeSearch(input);
        const st = s.sort === 'wage' ? wagePageStatement(s, 'none', undefined, 50) : datePageStatement(s, 'none', undefined, undefined, 50);
        expect(st.text).toContain('SELECT v.id FROM vacancies v WHERE');
        const viaWalk = (await pg.query(st.text, st.values)).rows.map((r) => r.id);
        const order = s.sort === 'wage' ? 'wage_sort DESC, id DESC' : 'published_at DESC, id DESC';
        const where = st.text.slice(st.text.indexOf('WHERE') + 6, st.text.indexOf(' ORDER BY'));
        const direct = (
          await pg.query(
            `SELECT v.id FROM vacancies v WHERE ${where} ORDER BY ${order.replace(/(\w+) DESC/g, 'v.$1 DESC')} LIMIT 50`,
            st.values.slice(0, -1),
          )
        ).rows.map((r) => r.id);
        expect(viaWalk.length).toBeGreaterThan(0);
        expect(viaWalk).toEqual(direct);
      }
    });
  });

  it('runs a word-less region search as prepared statements with generic plans (never planned again), and a text search planned for its words', async () => {
    // a pool of one connection: the prepared statements get a pool of one too, whose statements can be read back
    const pool = new Pool({ connectionString: dbUrl, max: 1 });
    const one = new VacancySearchService(pool as never);
    try {
      const prepared = async () =>
        await one.sql.prepared<{ statement: string; generic_plans: string; custom_plans: string }>({
          text: `SELECT statement, generic_plans::text, custom_plans::text FROM pg_prepared_statements WHERE statement NOT LIKE '%pg_prepared_statements%' ORDER BY statement`,
          values: [],
        });
      const viaService = await one.search({ region: '33', minEducation: 'SMK' });
      const again = await one.search({ region: '33.74', minEducation: 'SMA' });
      await one.search({ region: '33', minEducation: 'SMA' });
      const statements = await prepared();
      // the province page, the regency page, the province and regency sums: each planned once, generically
      expect(statements).toHaveLength(4);
      for (const st of statements)
        expect({ generic: st.generic_plans, custom: st.custom_plans }).toEqual({ generic: expect.stringMatching(/^[1-9]/), custom: '0' });
      expect(statements.filter((st) => st.statement.includes('vacancy_facet_counts_'))).toHaveLength(2);
      // the same answers as through the gRPC service (its own pools)
      const grpc = await search({ regionCode: '33', minEducation: 'SMK' });
      expect(viaService.hits.map((h) => h.id)).toEqual(grpc.hits.map((h) => h.id));
      expect(viaService.totalSize).toBe(Number(grpc.totalSize));
      const regency = await search({ regionCode: '33.74', minEducation: 'SMA' });
      expect(regency.hits.length).toBeGreaterThan(0);
      expect(again.hits.map((h) => h.id)).toEqual(regency.hits.map((h) => h.id));
      // words, a wage bound, no region: planned for their values each time, on the service's own pool (nothing more is prepared)
      await one.search({ q: 'operator', region: '33' });
      await one.search({ region: '33', wageMin: 3_000_000 });
      await one.search({ minEducation: 'SMA' });
      expect((await prepared()).filter((st) => !st.statement.includes('vacancy_facet_counts_'))).toHaveLength(2);
      expect((await pool.query('SHOW plan_cache_mode')).rows[0].plan_cache_mode).toBe('auto');
    } finally {
      await one.onModuleDestroy();
      await pool.end();
    }
  });
});
