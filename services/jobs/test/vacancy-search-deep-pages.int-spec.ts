import path from 'node:path';
import { Client, Pool } from 'pg';
import type { SqlRunner, SqlStatement } from '@siapkerja/persistence';
import { loadConfig } from '@siapkerja/config';
import { createTestDatabase } from '@siapkerja/testing';
import { jobsConfigSpec } from '../src/jobs.config';
import {
  decodeCursor,
  encodeCursor,
  facetStatement,
  matchEstimateStatement,
  normalizeSearch,
  Params,
  readPlanRows,
  whereClause,
  SEARCH_SORTS,
  SORT_ALWAYS_MAX_MATCHES,
  TOP_WAGE_BAND,
  wageBandOf,
  weekOf,
  type VacancySearchInput,
} from '../src/vacancies/vacancy-search.query';
import { WAGE_BAND_BOUNDS } from '../src/migrations/1763800001700-vacancy-search-wage-bands';
import { toFacets, VacancySearchService } from '../src/vacancies/vacancy-search.service';

// the seeding tool of `npm run seed` (COPY of realistic synthetic vacancies; half of them hide their wage)
const { seed } = require(path.resolve(__dirname, '../../../tools/seed.js')) as {
  seed: (o: Record<string, unknown>) => Promise<unknown>;
};

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Rows Removed by Filter'?: number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
/** rows the statement's bitmap heap scans returned (the matches it read from the table) */
const rowsRead = (plan: PlanNode) =>
  nodes(plan)
    .filter((n) => n['Node Type'] === 'Bitmap Heap Scan')
    .reduce((a, n) => a + ((n as unknown as { 'Actual Rows': number })['Actual Rows'] ?? 0), 0);
/** an answer as two services reading different matches give it alike */
const strip = (r: Awaited<ReturnType<VacancySearchService['search']>>) => ({
  ...r,
  nextPageToken: !!r.nextPageToken,
  // counts of a bounded sample: the same total and flag, buckets from other matches
  facets: r.totalSizeIsLowerBound ? undefined : r.facets,
});

const PAGES = 20;
const PAGE_SIZE = 20;

/**
 * Deep pages cost what first pages cost (issue 15): on a seeded catalogue (60,000 vacancies, half with a hidden wage),
 * 20 pages of every sort are walked for a province and a regency, with and without words, through the search service;
 * each statement is EXPLAINed with ANALYZE and BUFFERS on the same data (prepared ones with their generic plan). No page
 * may read more than 3x the buffers of its first page, and no plan may filter its way through an index it walks (the
 * symptom of a keyset the planner misjudges: 80,000 rows read and thrown away to find the 21 of a page).
 */
describe('vacancy search deep pages (real PostgreSQL, seeded catalogue)', () => {
  let drop: () => Promise<void>;
  let pool: Pool;
  let explain: Client;
  let svc: VacancySearchService;
  let province = '';
  let regency = '';
  let commonWord = '';
  let rareWord = '';
  /** the plans of the statements of the current page */
  let plans: PlanNode[] = [];

  /**
   * A service whose statements are recorded with their plans (EXPLAIN ANALYZE on the same data, but for the planner's
   * estimates and statistics), and its internals, for a test to change how it chooses what it reads.
   */
  const recordedService = (options: ConstructorParameters<typeof VacancySearchService>[1]) => {
    const s = new VacancySearchService(pool as never, options);
    const real = s.sql;
    const log: { text: string; plan: PlanNode }[] = [];
    const record = async (st: SqlStatement) => {
      if (st.text.startsWith('EXPLAIN') || st.text.includes('pg_stats')) return;
      const r = await explain.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${st.text}`, st.values as unknown[]);
      log.push({ text: st.text, plan: (r.rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan });
    };
    (s as unknown as { sql: SqlRunner }).sql = {
      query: async <T>(st: SqlStatement) => (await record(st), real.query<T>(st)),
      prepared: async <T>(st: SqlStatement) => real.prepared<T>(st),
      close: () => real.close(),
    };
    return { s, log, internals: s as unknown as Record<string, (...a: unknown[]) => Promise<unknown>> };
  };

  /**
   * The pages of one search from several recorded services side by side, each with its own page tokens, one after the
   * other (their statements are explained on one connection): `check` gets each page's answers, with the services' logs
   * of that page; up to `pages` pages, until the first service has no next page.
   */
  const sideBySide = async (
    xs: Pick<ReturnType<typeof recordedService>, 's' | 'log'>[],
    input: VacancySearchInput,
    pages: number,
    check: (answers: Awaited<ReturnType<VacancySearchService['search']>>[], page: number) => void | Promise<void>,
  ) => {
    let tokens = xs.map(() => '');
    for (let page = 0; page < pages; page++) {
      for (const x of xs) x.log.length = 0;
      const answers = [];
      for (const [i, x] of xs.entries()) answers.push(await x.s.search({ ...input, pageToken: tokens[i] }));
      await check(answers, page);
      tokens = answers.map((a) => a.nextPageToken);
      if (!tokens[0]) break;
    }
  };

  /**
   * The `limit` position-name words of the most published vacancies nationwide among those with 3,000 to 15,000: more
   * than a first page sorts with its facets at once, few enough to sort in wage order.
   */
  const frequentWords = async (limit: number): Promise<{ w: string; n: number }[]> =>
    (
      await pool.query(
        `SELECT w, count(*)::int AS n FROM vacancies, regexp_split_to_table(lower(position_name), '[^a-z]+') AS w
          WHERE state = 'PUBLISHED' AND length(w) >= 4 GROUP BY w HAVING count(*) BETWEEN 3000 AND 15000 ORDER BY n DESC LIMIT $1`,
        [limit],
      )
    ).rows;

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_deep_pages');
    drop = db.drop;
    await seed({ database: db.url, vacancies: 60_000, seekers: 0, seed: 15, quiet: true });
    pool = new Pool({ connectionString: db.url, max: 4 });
    await pool.query('VACUUM (ANALYZE) vacancies');
    explain = new Client({ connectionString: db.url });
    await explain.connect();
    const run = async (st: SqlStatement, generic: boolean) => {
      await explain.query(`SET plan_cache_mode = ${generic ? 'force_generic_plan' : 'auto'}`);
      const r = await explain.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${st.text}`, st.values as unknown[]);
      plans.push((r.rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan);
    };
    svc = new VacancySearchService(pool as never);
    const real = svc.sql;
    // every statement the service runs is also explained (the page's answer still comes from the real runner)
    const instrumented: SqlRunner = {
      query: async <T>(st: SqlStatement) => {
        if (!st.text.startsWith('EXPLAIN')) await run(st, false);
        return real.query<T>(st);
      },
      prepared: async <T>(st: SqlStatement) => {
        await run(st, true);
        return real.prepared<T>(st);
      },
      close: () => real.close(),
    };
    (svc as unknown as { sql: SqlRunner }).sql = instrumented;
    // the province and regency with the most published vacancies; a word of many of their position names and one of few
    [{ province }] = (
      await pool.query(
        `SELECT province_code AS province FROM vacancies WHERE state = 'PUBLISHED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows;
    [{ regency }] = (
      await pool.query(
        `SELECT region_code AS regency FROM vacancies WHERE state = 'PUBLISHED' AND province_code = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
        [province],
      )
    ).rows;
    const words: { w: string; n: number }[] = (
      await pool.query(
        `SELECT w, count(*)::int AS n FROM vacancies, regexp_split_to_table(lower(position_name), '[^a-z]+') AS w
          WHERE state = 'PUBLISHED' AND province_code = $1 AND length(w) >= 4 GROUP BY w ORDER BY n DESC`,
        [province],
      )
    ).rows;
    commonWord = words[0].w;
    rareWord = words.find((x) => x.n >= 3 * PAGE_SIZE && x.n <= 20 * PAGE_SIZE)?.w ?? words[words.length - 1].w;
  }, 600_000);

  afterAll(async () => {
    await svc?.sql.close();
    await explain?.end();
    await pool?.end();
    await drop?.();
  });

  /** Walks up to PAGES pages; for each page the buffers of all its statements and every plan node. */
  async function walk(
    input: VacancySearchInput,
    pages = PAGES,
    pageSize = PAGE_SIZE,
  ): Promise<{ buffers: number[]; nodes: PlanNode[][]; hits: { id: string; wage_sort: string; wage_hidden: boolean }[][] }> {
    const out = {
      buffers: [] as number[],
      nodes: [] as PlanNode[][],
      hits: [] as { id: string; wage_sort: string; wage_hidden: boolean }[][],
    };
    let pageToken = '';
    for (let i = 0; i < pages; i++) {
      plans = [];
      const r = await svc.search({ ...input, pageSize, pageToken, facets: false });
      out.buffers.push(plans.reduce((a, p) => a + p['Shared Hit Blocks'] + p['Shared Read Blocks'], 0));
      out.nodes.push(plans.flatMap(nodes));
      out.hits.push(r.hits);
      pageToken = r.nextPageToken;
      if (!pageToken) break;
    }
    return out;
  }

  const cases = (): [string, VacancySearchInput][] =>
    SEARCH_SORTS.flatMap((sort) =>
      [province, regency].flatMap((region) => [
        [`${sort}, ${region}, no words`, { region, sort }] as [string, VacancySearchInput],
        [`${sort}, ${region}, "${commonWord}"`, { region, sort, q: commonWord }] as [string, VacancySearchInput],
        [`${sort}, ${region}, "${rareWord}"`, { region, sort, q: rareWord }] as [string, VacancySearchInput],
      ]),
    );

  it('reads no more than 3x the first page on any of 20 pages, for every sort, region and kind of search', async () => {
    const report: string[] = [];
    const worse: string[] = [];
    let hiddenOnDeepPages = 0;
    for (const [name, input] of cases()) {
      const { buffers, nodes: pageNodes, hits } = await walk(input);
      report.push(`${name}: ${buffers.join(' ')}`);
      buffers.forEach((b, i) => {
        if (b > 3 * buffers[0]) worse.push(`${name} page ${i + 1}: ${b} buffers, first page ${buffers[0]}`);
      });
      pageNodes.forEach((ns, i) => {
        for (const n of ns)
          if ((n['Rows Removed by Filter'] ?? 0) > 50 * (PAGE_SIZE + 1))
            worse.push(
              `${name} page ${i + 1}: ${n['Node Type']} on ${n['Index Name'] ?? '-'} filtered out ${n['Rows Removed by Filter']} rows`,
            );
      });
      if (input.sort === 'wage' && hits.slice(1).some((page) => page.some((h) => h.wage_hidden))) hiddenOnDeepPages++;
    }
    console.log(`buffers per page, pages 1-${PAGES}:\n${report.join('\n')}`);
    expect(worse).toEqual([]);
    // wage walks went past the shown wages into the hidden ones (wage_sort = -1), where the planner misjudged keysets
    expect(hiddenOnDeepPages).toBeGreaterThanOrEqual(2);
  }, 600_000);

  it("reads a regency's matches of its words from the full-text index, not the regency's vacancies (migration 2100)", async () => {
    // the regency with the most published vacancies, and words of a few of them
    const [{ published }] = (
      await pool.query(`SELECT count(*)::int AS published FROM vacancies WHERE state = 'PUBLISHED' AND region_code = $1`, [regency])
    ).rows;
    const words: { w: string; n: number }[] = (
      await pool.query(
        `SELECT w, count(*)::int AS n FROM vacancies, regexp_split_to_table(lower(position_name), '[^a-z]+') AS w
          WHERE state = 'PUBLISHED' AND region_code = $1 AND length(w) >= 4 GROUP BY w HAVING count(*) BETWEEN $2 AND $3 ORDER BY n DESC LIMIT 3`,
        [regency, PAGE_SIZE + 1, Math.floor(published / 8)],
      )
    ).rows;
    expect(words.length).toBeGreaterThanOrEqual(2);
    const { s, log } = recordedService({});
    try {
      for (const { w } of words)
        for (const sort of SEARCH_SORTS) {
          log.length = 0;
          const r = await s.search({ q: w, region: regency, sort, pageSize: PAGE_SIZE, facets: false });
          // the page's matches: the words intersected with the regency inside the full-text index
          const page = log.filter((l) => !l.text.startsWith('SELECT GROUPING'));
          const scans = page.flatMap((l) => nodes(l.plan)).filter((x) => x['Index Name'] === 'vacancies_search_words_regions');
          expect(scans.some((x) => /region_code = /.test((x as unknown as { 'Index Cond'?: string })['Index Cond'] ?? ''))).toBe(true);
          // no vacancy of the regency read to be dropped for its words (reading them all dropped all but the matches)
          const dropped = page.flatMap((l) => nodes(l.plan)).reduce((a, x) => a + (x['Rows Removed by Filter'] ?? 0), 0);
          const read = page.reduce((a, l) => a + rowsRead(l.plan), 0);
          const buffers = page.reduce((a, l) => a + l.plan['Shared Hit Blocks'] + l.plan['Shared Read Blocks'], 0);
          console.log(
            `"${w}" in ${regency} (${published} published) by ${sort}: ${read} rows read, ${dropped} dropped, ${buffers} buffers`,
          );
          expect(dropped).toBeLessThan(PAGE_SIZE);
          // the same matches as testing the words on every vacancy of the regency
          const expected: string[] = (
            await pool.query(
              `SELECT id FROM vacancies WHERE state = 'PUBLISHED' AND region_code = $1 AND search_vector @@ (websearch_to_tsquery('simple', $2) || websearch_to_tsquery('english', $2))`,
              [regency, w],
            )
          ).rows.map((x: { id: string }) => x.id);
          expect(r.hits.length).toBe(Math.min(PAGE_SIZE, expected.length));
          for (const h of r.hits) expect(expected).toContain(h.id);
        }
    } finally {
      await s.sql.close();
    }
  }, 120_000);

  it("walks a KBJI group's own wage index nationwide without words, for a group paid below the catalogue", async () => {
    // the minor group (3 digits) whose 21st best-paid published vacancy is the deepest in the catalogue's wage order: the
    // walk of the catalogue's wage index would read that many entries for its first page
    const [{ kbji, depth }] = (
      await pool.query(
        `WITH ranked AS (SELECT left(kbji_code, 3) AS kbji, row_number() OVER (ORDER BY wage_sort DESC, id DESC) AS r
            FROM vacancies WHERE state = 'PUBLISHED'),
          nth AS (SELECT kbji, r, row_number() OVER (PARTITION BY kbji ORDER BY r) AS n FROM ranked)
         SELECT kbji, r::int AS depth FROM nth WHERE n = $1 ORDER BY r DESC LIMIT 1`,
        [PAGE_SIZE + 1],
      )
    ).rows as { kbji: string; depth: number }[];
    const pages = 5;
    const { hits, nodes: pageNodes } = await walk({ kbji, sort: 'wage' }, pages);
    const expected = (
      await pool.query(
        `SELECT id FROM vacancies WHERE state = 'PUBLISHED' AND left(kbji_code, 3) = $1 ORDER BY wage_sort DESC, id DESC LIMIT $2`,
        [kbji, pages * PAGE_SIZE],
      )
    ).rows.map((r: { id: string }) => r.id);
    expect(hits.flat().map((h) => h.id)).toEqual(expected);
    // every page walks the group's own wage index (migration 2000), through a few entries of its major group
    const walked = pageNodes.map((ns) => ns.filter((n) => n['Index Name'] === 'vacancies_search_walk_group_wage'));
    const read = walked.map((ns) => ns.reduce((a, n) => a + (n['Rows Removed by Filter'] ?? 0), 0) + PAGE_SIZE + 1);
    console.log(
      `KBJI ${kbji} nationwide by wage: index entries read per page ${read.join(' ')}; the catalogue's walk: ${depth} for the first`,
    );
    expect(walked.every((ns) => ns.length === 1)).toBe(true);
    expect(pageNodes.flat().some((n) => n['Index Name'] === 'vacancies_search_walk_wage')).toBe(false);
    expect(read[0]).toBeLessThan(depth / 4);

    // to its last vacancy, past the shown wages into the hidden ones (wage_sort = -1): each vacancy once, in wage order,
    // no page reading more than 3x its first
    const all = await walk({ kbji, sort: 'wage' }, 200, 100);
    const everyOne = (
      await pool.query(`SELECT id FROM vacancies WHERE state = 'PUBLISHED' AND left(kbji_code, 3) = $1 ORDER BY wage_sort DESC, id DESC`, [
        kbji,
      ])
    ).rows.map((r: { id: string }) => r.id);
    expect(all.hits.flat().map((h) => h.id)).toEqual(everyOne);
    expect(all.hits[all.hits.length - 1].some((h) => h.wage_hidden)).toBe(true);
    all.buffers.forEach((b) => expect(b).toBeLessThanOrEqual(3 * all.buffers[0]));
  }, 300_000);

  it('walks a wage-sorted regency to its last hidden wage at the cost of its first page, in wage order, each vacancy once', async () => {
    const { buffers, hits } = await walk({ region: regency, sort: 'wage' }, 500, PAGE_SIZE);
    const all = hits.flat();
    expect(new Set(all.map((h) => h.id)).size).toBe(all.length);
    all.forEach((h, i) => i && expect(Number(h.wage_sort)).toBeLessThanOrEqual(Number(all[i - 1].wage_sort)));
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE wage_sort = -1)::int AS hidden FROM vacancies WHERE state = 'PUBLISHED' AND region_code = $1`,
      [regency],
    );
    expect(all.length).toBe(rows[0].n);
    expect(all.filter((h) => h.wage_hidden).length).toBe(rows[0].hidden);
    expect(rows[0].hidden).toBeGreaterThan(5 * PAGE_SIZE);
    console.log(`wage-sorted ${regency}, ${buffers.length} pages of ${PAGE_SIZE}: buffers ${buffers.join(' ')}`);
    expect(buffers.filter((b) => b > 3 * buffers[0])).toEqual([]);
  }, 300_000);

  it('counts the facets of a frequent word up to the exact-count limit and flags the total as a lower bound; a rare word exactly', async () => {
    const limit = 500;
    const bounded = new VacancySearchService(pool as never, { facetExactLimit: limit });
    try {
      // every match counted (no limit): the exact total
      const exactTotal = async (input: VacancySearchInput) => {
        const st = facetStatement(normalizeSearch(input).search, 'fts');
        return toFacets((await pool.query(st.text, st.values as unknown[])).rows).total;
      };
      const bucketsOf = (f: Record<string, { value: string; count: number }[]>) =>
        Object.values(f).flatMap((list) => list.map((b) => b.count));
      // the frequent word: more matches than the limit
      const frequent = { region: province, q: commonWord };
      const trueTotal = await exactTotal(frequent);
      expect(trueTotal).toBeGreaterThan(limit);
      const r = await bounded.search({ ...frequent, pageSize: PAGE_SIZE });
      expect(r.totalSize).toBe(limit);
      expect(r.totalSizeIsLowerBound).toBe(true);
      // each facet sums to the rows counted
      for (const list of Object.values(r.facets!) as { count: number }[][]) expect(list.reduce((a, b) => a + b.count, 0)).toBe(limit);
      expect(bucketsOf(r.facets as never).every((n) => n > 0)).toBe(true);
      // the rare word: counted exactly, not flagged
      const rare = { region: province, q: rareWord };
      const rr = await bounded.search({ ...rare, pageSize: PAGE_SIZE });
      const rareTotal = await exactTotal(rare);
      expect(rareTotal).toBeLessThan(limit);
      expect(rr.totalSize).toBe(rareTotal);
      expect(rr.totalSizeIsLowerBound).toBe(false);
      // and the bounded count reads a fraction of what counting every match reads
      const buffers = async (text: string, values: unknown[]) => {
        const e = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
        const plan = (e.rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan;
        return plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
      };
      const s = normalizeSearch(frequent).search;
      const [b, u] = [facetStatement(s, 'fts', limit), facetStatement(s, 'fts')];
      const [bb, ub] = [await buffers(b.text, b.values as unknown[]), await buffers(u.text, u.values as unknown[])];
      console.log(
        `facet counts of "${commonWord}" in ${province} (${trueTotal} matches): ${bb} buffers bounded at ${limit}, ${ub} counting all`,
      );
      expect(bb).toBeLessThan(ub);
    } finally {
      await bounded.sql.close();
    }
  });

  it("counts a frequent word's matches nationwide up to 1,000 by default (the jobs service's configuration), flagged", async () => {
    // the service as the jobs module builds it: its options unset, its configuration from an environment without the variable
    const config = loadConfig(jobsConfigSpec, {});
    expect(config.VACANCY_FACET_EXACT_LIMIT).toBe(1000);
    const byDefault = new VacancySearchService(pool as never, undefined, config);
    try {
      const all = facetStatement(normalizeSearch({ q: commonWord }).search, 'fts');
      const matches = toFacets((await pool.query(all.text, all.values as unknown[])).rows).total;
      expect(matches).toBeGreaterThan(1000);
      for (const sort of ['relevance', 'date']) {
        const r = await byDefault.search({ q: commonWord, sort, pageSize: PAGE_SIZE });
        expect(r).toMatchObject({ totalSize: 1000, totalSizeIsLowerBound: true });
        for (const list of Object.values(r.facets!) as { count: number }[][]) expect(list.reduce((a, b) => a + b.count, 0)).toBe(1000);
      }
      // a word of fewer matches is counted exactly
      const few = await byDefault.search({ q: rareWord, region: province, pageSize: PAGE_SIZE });
      expect(few.totalSizeIsLowerBound).toBe(false);
      expect(few.totalSize).toBeLessThan(1000);
    } finally {
      await byDefault.sql.close();
    }
  });

  it('reads nationwide pages of sorted matches from some weeks only (the newest, or those of the last key), answering exactly as reading every match', async () => {
    const options = { rankWindow: 100, facetExactLimit: 300 };
    // words with more nationwide matches than the page needs (window, facet limit), few enough to sort them in date order
    const nationwide: { w: string; n: number }[] = (
      await pool.query(
        `SELECT w, count(*)::int AS n FROM vacancies, regexp_split_to_table(lower(position_name), '[^a-z]+') AS w
          WHERE state = 'PUBLISHED' AND length(w) >= 4 GROUP BY w HAVING count(*) BETWEEN 800 AND 1800 ORDER BY n DESC`,
      )
    ).rows;
    expect(nationwide.length).toBeGreaterThanOrEqual(2);
    // and the rarest word, in pages of 50: a page of it is seldom in two weeks
    const [rare] = (
      await pool.query(
        `SELECT w, count(*)::int AS n FROM vacancies, regexp_split_to_table(lower(position_name), '[^a-z]+') AS w
          WHERE state = 'PUBLISHED' AND length(w) >= 4 GROUP BY w ORDER BY n, w LIMIT 1`,
      )
    ).rows as { w: string; n: number }[];
    expect(rare).toBeDefined();
    const weeksNow = weekOf(Date.now());
    const published = (await pool.query(`SELECT min(published_at) AS t FROM vacancies WHERE state = 'PUBLISHED'`)).rows[0].t as Date;
    expect(weeksNow - weekOf(published.getTime())).toBeGreaterThan(8);

    const recorded = (restrict: boolean, misestimate = false) => {
      const { s, log, internals } = recordedService(options);
      if (!restrict) {
        internals.weeksOf = async () => undefined;
        (internals as unknown as Record<string, () => undefined>).weeksBeforeKey = () => undefined;
      }
      if (misestimate) {
        // the planner expecting a thousand times the matches: the newest weeks chosen hold too few of them
        const strategy = internals.pageStrategy.bind(s);
        internals.pageStrategy = async (...a: unknown[]) => {
          const r = (await strategy(...a)) as { matches?: number };
          return r.matches === undefined ? r : { ...r, matches: r.matches * 1000 };
        };
      }
      return { s, log };
    };
    const weeksRead = (log: { text: string }[]) => log.filter((l) => l.text.includes('vacancy_week(')).length;

    const restricted = recorded(true);
    const everything = recorded(false);
    const misjudged = recorded(true, true);
    try {
      let fellBack = 0;
      for (const { w, n } of [...nationwide.slice(0, 2), rare])
        for (const sort of ['relevance', 'date']) {
          const input = { q: w, sort, pageSize: w === rare.w ? 50 : PAGE_SIZE };
          // 8 pages: past the relevance window (100), into the older matches in date order
          await sideBySide([restricted, everything, misjudged], input, 8, async (answers, page) => {
            expect(strip(answers[0])).toEqual(strip(answers[2]));
            expect(strip(answers[0])).toEqual(strip(answers[1]));
            expect(weeksRead(everything.log)).toBe(0);
            if (page > 0 && sort === 'date') {
              // a next page in date order tries the weeks of its last key first; where they held too few, every week
              expect(weeksRead(restricted.log)).toBe(1);
              if (restricted.log.length > 1) fellBack++;
            }
            if (page === 0 && w !== rare.w) {
              expect(answers[0].totalSize).toBe(options.facetExactLimit);
              expect(answers[0].totalSizeIsLowerBound).toBe(true);
              for (const list of Object.values(answers[0].facets!) as { count: number }[][])
                expect(list.reduce((a, b) => a + b.count, 0)).toBe(options.facetExactLimit);
              // the first page read its matches of the newest weeks, inside the full-text index, a part of all of them
              const page1 = restricted.log.find((l) => l.text.includes('vacancy_week('));
              expect(page1).toBeDefined();
              expect(
                nodes(page1!.plan).some(
                  (x) =>
                    x['Index Name'] === 'vacancies_search_words_regions' &&
                    /vacancy_week|floor\(\(EXTRACT\(epoch/.test((x as unknown as { 'Index Cond'?: string })['Index Cond'] ?? ''),
                ),
              ).toBe(true);
              const read = rowsRead(page1!.plan);
              const all = everything.log.reduce((a, l) => a + rowsRead(l.plan), 0);
              console.log(
                `"${w}" (${n} position names) nationwide by ${sort}: ${read} matches read from the newest weeks, ${all} reading every match`,
              );
              expect(all).toBeGreaterThanOrEqual(n);
              expect(read).toBeLessThan(0.7 * all);
              // misjudged: the weeks tried first held too few matches; the page then read the weeks those matches imply
              // (widerWeeks), not every match. In date order the newest weeks hold a few matches only (a page needs 21):
              // too few to tell how many there are, so every match is read after them
              const misread = misjudged.log.reduce((a, l) => a + rowsRead(l.plan), 0);
              console.log(
                `"${w}" by ${sort}, the weeks sized by 1,000 times the matches: ${weeksRead(misjudged.log)} reads of weeks, ${misread} rows read`,
              );
              if (sort === 'relevance') {
                expect(weeksRead(misjudged.log)).toBe(2);
                expect(misread).toBeLessThan(all);
              } else {
                expect(weeksRead(misjudged.log)).toBeGreaterThanOrEqual(1);
                expect(misjudged.log.length).toBeGreaterThan(1);
              }
            } else if (page > 0 && page < 5 && sort === 'relevance' && w !== rare.w) {
              // next pages of the relevance window: the weeks from the window's oldest match on
              expect(weeksRead(restricted.log)).toBeGreaterThanOrEqual(1);
            }
          });
        }
      // the rare word's next pages in date order read every week after its last key's two
      expect(fellBack).toBeGreaterThanOrEqual(1);
    } finally {
      for (const x of [restricted, everything, misjudged]) await x.s.sql.close();
    }
  }, 300_000);
  it('counts the facets of a nationwide relevance page from the newest weeks it reads when its window holds their limit', async () => {
    const options = { rankWindow: 300, facetExactLimit: 300 };
    const words: { w: string; n: number }[] = (
      await pool.query(
        `SELECT w, count(*)::int AS n FROM vacancies, regexp_split_to_table(lower(position_name), '[^a-z]+') AS w
          WHERE state = 'PUBLISHED' AND length(w) >= 4 GROUP BY w HAVING count(*) BETWEEN 1000 AND 3000 ORDER BY n DESC, w LIMIT 3`,
      )
    ).rows;
    expect(words.length).toBeGreaterThanOrEqual(2);
    const inWindow = recordedService(options);
    const apart = recordedService(options);
    apart.internals.facetsInWindow = (() => false) as never;
    const everything = recordedService(options);
    everything.internals.weeksOf = async () => undefined;
    const facetStatements = (log: { text: string }[]) => log.filter((l) => l.text.startsWith('SELECT GROUPING')).length;
    const weeksRead = (log: { text: string }[]) => log.filter((l) => l.text.includes('vacancy_week(')).length;
    try {
      for (const { w, n } of words) {
        const x = [inWindow, apart, everything];
        for (const y of x) y.log.length = 0;
        const answers = [];
        for (const y of x) answers.push(await y.s.search({ q: w, sort: 'relevance', pageSize: PAGE_SIZE }));
        // the same page; the facets count the limit's worth of matches either way (which ones may differ), flagged
        for (const a of answers.slice(1)) expect(a.hits.map((h) => h.id)).toEqual(answers[0].hits.map((h) => h.id));
        for (const a of answers) {
          expect(a).toMatchObject({ totalSize: options.facetExactLimit, totalSizeIsLowerBound: true });
          for (const list of Object.values(a.facets!) as { count: number }[][])
            expect(list.reduce((acc, b) => acc + b.count, 0)).toBe(options.facetExactLimit);
        }
        // the newest weeks read by both restricted pages; their facets from those rows, or by a statement of their own
        expect(weeksRead(inWindow.log)).toBe(1);
        expect(weeksRead(apart.log)).toBe(1);
        expect(facetStatements(inWindow.log)).toBe(0);
        expect(facetStatements(apart.log)).toBe(1);
        const [read, readApart] = [inWindow, apart].map((y) =>
          y.log.reduce((acc, l) => acc + l.plan['Shared Hit Blocks'] + l.plan['Shared Read Blocks'], 0),
        );
        console.log(`"${w}" (${n} position names) nationwide by relevance: ${read} buffers, ${readApart} with the facets apart`);
        expect(read).toBeLessThan(readApart);
      }
    } finally {
      for (const y of [inWindow, apart, everything]) await y.s.sql.close();
    }
  }, 300_000);

  it('sizes the reads of two required words nationwide by their rarer word, not by the planner taking them as independent', async () => {
    const options = { rankWindow: 50, facetExactLimit: 100 };
    // the most frequent two-word beginnings of position names, and their matches nationwide
    const pairs: string[] = (
      await pool.query(
        `SELECT q FROM (SELECT lower(split_part(position_name, ' ', 1) || ' ' || split_part(position_name, ' ', 2)) AS q
            FROM vacancies WHERE state = 'PUBLISHED') x
          WHERE q ~ '^[a-z]{3,} [a-z]{3,}$' GROUP BY q ORDER BY count(*) DESC, q LIMIT 16`,
      )
    ).rows.map((r) => r.q);
    // those with more matches than a first page reads from the newest weeks, whose words go together: the planner expects
    // under half their matches
    const together: { q: string; n: number; planned: number }[] = [];
    for (const q of pairs) {
      const { search } = normalizeSearch({ q });
      const st = matchEstimateStatement(search, 'fts');
      const planned = readPlanRows((await pool.query(st.text, st.values)).rows);
      const p = new Params();
      const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM vacancies v WHERE ${whereClause(search, 'fts', p)}`, p.values))
        .rows;
      if (n >= 300 && planned < n / 2) together.push({ q, n, planned });
    }
    expect(together.length).toBeGreaterThanOrEqual(2);
    const bounded = recordedService(options);
    const planned = recordedService(options);
    planned.internals.wordsBound = async () => undefined;
    let nextWeeksRead = 0;
    const weeksRead = (log: { text: string }[]) => log.filter((l) => l.text.includes('vacancy_week(')).length;
    try {
      for (const { q, n, planned: expected } of together.slice(0, 3))
        for (const sort of ['date', 'relevance']) {
          await sideBySide([bounded, planned], { q, sort, pageSize: PAGE_SIZE }, 3, async (answers, page) => {
            expect(strip(answers[0])).toEqual(strip(answers[1]));
            if (page === 0) {
              // the planner's own estimate: every match sorted with its facets; the rarer word's: the newest weeks' matches
              expect(weeksRead(planned.log)).toBe(0);
              expect(weeksRead(bounded.log)).toBeGreaterThanOrEqual(1);
              // the index asked for the rarer word and the weeks, the whole query tested on the rows (NormalizedSearch.anchor)
              const weeksPage = bounded.log.find((l) => l.text.includes('vacancy_week('))!;
              expect(weeksPage.text).toContain('ts_match_vq(');
              const cond = (x: PlanNode) => (x as unknown as { 'Index Cond'?: string })['Index Cond'] ?? '';
              expect(
                nodes(weeksPage.plan).some(
                  (x) => x['Index Name'] === 'vacancies_search_words_regions' && /floor\(\(EXTRACT\(epoch/.test(cond(x)),
                ),
              ).toBe(true);
              const [read, all] = [bounded, planned].map((x) => x.log.reduce((a, l) => a + rowsRead(l.plan), 0));
              console.log(
                `"${q}" (${n} matches, ${expected} expected) nationwide by ${sort}: ${read} rows read, ${all} sorting every match`,
              );
              expect(read).toBeLessThan(0.7 * all);
            } else {
              // next pages read their weeks with the first page's anchor (carried by the token)
              for (const l of bounded.log.filter((x) => x.text.includes('vacancy_week('))) expect(l.text).toContain('ts_match_vq(');
              nextWeeksRead += bounded.log.filter((x) => x.text.includes('vacancy_week(')).length;
            }
          });
        }
      expect(nextWeeksRead).toBeGreaterThanOrEqual(1);
      // in wage order the bound sizes the top wage bands' tries, the anchor asked for with them: the same answers
      for (const { q } of together.slice(0, 3))
        await sideBySide([bounded, planned], { q, sort: 'wage', pageSize: PAGE_SIZE }, 3, (answers) => {
          expect(strip(answers[0])).toEqual(strip(answers[1]));
          for (const l of bounded.log.filter((x) => x.text.includes('vacancy_wage_band('))) expect(l.text).toContain('ts_match_vq(');
        });
    } finally {
      for (const x of [bounded, planned]) await x.s.sql.close();
    }
  }, 300_000);

  it('holds the wage band of every wage as the service computes it (vacancy_wage_band, migration 1700)', async () => {
    const wages = [-1, 0, 1, ...WAGE_BAND_BOUNDS.flatMap((b) => [b - 1, b, b + 1]), 9_000_000_000_000];
    const { rows } = await pool.query(`SELECT w, vacancy_wage_band(w) AS band FROM unnest($1::bigint[]) AS w`, [wages]);
    expect(rows.map((r) => [Number(r.w), r.band])).toEqual(wages.map((w) => [w, wageBandOf(w)]));
    // never decreasing in the wage, 0 for hidden wages (-1)
    const bands = wages.map(wageBandOf);
    expect(bands).toEqual([...bands].sort((a, b) => a - b));
    expect(wageBandOf(-1)).toBe(0);
  });

  it('reads nationwide pages in wage order from the top wage bands only (the first try, or the next), answering exactly as reading every match', async () => {
    const options = { facetExactLimit: 300 };
    // words with more nationwide matches than a first page sorts with its facets at once (SORT_ALWAYS_MAX_MATCHES), few
    // enough to sort them in wage order (WAGE_SORT_MAX_MATCHES)
    const words = await frequentWords(3);
    expect(words.length).toBeGreaterThanOrEqual(2);

    const recorded = (bands: boolean, misestimate = false, topOnly = false) => {
      const { s, log, internals } = recordedService(options);
      if (!bands) internals.wageBandsOf = async () => [];
      // the top band alone, which holds too few matches: every match is read after it
      if (topOnly) internals.wageBandsOf = async (...a: unknown[]) => (a[4] ? [] : [[TOP_WAGE_BAND]]);
      if (misestimate) {
        // the bands chosen as if the planner expected a thousand times the matches: those tried hold too few of them
        const bandsOf = internals.wageBandsOf.bind(s);
        internals.wageBandsOf = async (...a: unknown[]) => {
          const e = a[5] as { matches?: number; walked?: number };
          return bandsOf(...a.slice(0, 5), e.matches === undefined ? e : { ...e, matches: e.matches * 1000 });
        };
      }
      return { s, log };
    };
    const banded = (log: { text: string }[]) => log.filter((l) => l.text.includes('vacancy_wage_band('));
    const withBands = recorded(true);
    const everything = recorded(false);
    const misjudged = recorded(true, true);
    const topOnly = recorded(true, false, true);
    let nextPagesBanded = 0;
    let misjudgedFoundLower = 0;
    let topOnlyFellBack = 0;
    try {
      for (const { w, n } of words) {
        await sideBySide(
          [withBands, everything, misjudged, topOnly],
          { q: w, sort: 'wage', pageSize: PAGE_SIZE },
          8,
          async (answers, page) => {
            expect(strip(answers[0])).toEqual(strip(answers[1]));
            expect(strip(answers[2])).toEqual(strip(answers[1]));
            expect(strip(answers[3])).toEqual(strip(answers[1]));
            expect(answers[0].hits.length).toBe(PAGE_SIZE);
            expect(banded(everything.log)).toHaveLength(0);
            if (page === 0) {
              // the first page read the matches of some top bands, inside the full-text index, a small part of all of them
              const tries = banded(withBands.log) as { text: string; plan: PlanNode }[];
              expect(tries.length).toBeGreaterThanOrEqual(1);
              expect(
                nodes(tries[0].plan).some(
                  (x) =>
                    x['Index Name'] === 'vacancies_search_words_regions' &&
                    /width_bucket\(wage_sort/.test((x as unknown as { 'Index Cond'?: string })['Index Cond'] ?? ''),
                ),
              ).toBe(true);
              // the buffers of the page's statements (its facets, counted apart, aside), against reading every match
              const buffers = (log: { text: string; plan: PlanNode }[]) =>
                log
                  .filter((l) => !l.text.startsWith('SELECT GROUPING'))
                  .reduce((a, l) => a + l.plan['Shared Hit Blocks'] + l.plan['Shared Read Blocks'], 0);
              const [read, all] = [buffers(withBands.log), buffers(everything.log)];
              console.log(
                `"${w}" (${n} position names) nationwide by wage: ${banded(withBands.log).length} tries of the top wage bands, ` +
                  `${read} buffers (${rowsRead(tries[tries.length - 1].plan)} matches read), ${all} reading every match`,
              );
              expect(all).toBeGreaterThanOrEqual(n / 10);
              expect(read).toBeLessThan(0.3 * all);
              expect(answers[0]).toMatchObject({ totalSize: options.facetExactLimit, totalSizeIsLowerBound: true });
              // tries sized as if the page were a thousand times shallower: those after the first, each below the one before
              // it and reaching twice as deep, found the page without reading every match
              const misjudgedTries = banded(misjudged.log);
              if (misjudgedTries.length > 1 && misjudged.log.length === misjudgedTries.length + 1) misjudgedFoundLower++;
              if (topOnly.log.length > banded(topOnly.log).length + 1) topOnlyFellBack++;
            } else if (banded(withBands.log).length) nextPagesBanded++;
            expect(answers.every((a) => a.nextPageToken)).toBe(true);
          },
        );
      }
      // the misjudged first tries held too few matches, and the tries below them the page; the top band alone held too few,
      // and every match was read after it; next pages tried bands too
      expect(misjudgedFoundLower).toBeGreaterThanOrEqual(1);
      expect(topOnlyFellBack).toBe(words.length);
      expect(nextPagesBanded).toBeGreaterThanOrEqual(words.length * 5);
    } finally {
      for (const x of [withBands, everything, misjudged, topOnly]) await x.s.sql.close();
    }
  }, 300_000);
  it('reads deep next pages nationwide in wage order from the bands below their key, sized by the matches the first page expected', async () => {
    const words = await frequentWords(2);
    expect(words.length).toBe(2);
    const withBands = recordedService({ facetExactLimit: 300 });
    const everything = recordedService({ facetExactLimit: 300 });
    (everything.internals as Record<string, unknown>).wageBandsOf = async () => [];
    // tokens without the matches the first page expected (as before SearchCursor.e): the tries sized by the key's rank
    const keyRank = recordedService({ facetExactLimit: 300 });
    const search = keyRank.s.search.bind(keyRank.s);
    keyRank.s.search = async (input) => {
      const r = await search(input);
      const c = decodeCursor(r.nextPageToken);
      if (!c) return r;
      delete c.e;
      return { ...r, nextPageToken: encodeCursor(c) };
    };
    const tried = (log: { text: string }[]) => log.some((l) => l.text.includes('vacancy_wage_band('));
    // a page statement without bands: every match read (after tries that held too few, or instead of them)
    const readAll = (log: { text: string }[]) => log.some((l) => l.text.startsWith('WITH m AS') && !l.text.includes('vacancy_wage_band('));
    const buffers = (log: { plan: PlanNode }[]) => log.reduce((a, l) => a + l.plan['Shared Hit Blocks'] + l.plan['Shared Read Blocks'], 0);
    const tally = { banded: 0, bandedReadAll: 0, keyRankReadAll: 0, pages: 0, read: 0, keyRankRead: 0, allRead: 0 };
    try {
      for (const { w } of words)
        await sideBySide([withBands, everything, keyRank], { q: w, sort: 'wage', pageSize: 100, facets: false }, 30, (answers, page) => {
          expect(strip(answers[0])).toEqual(strip(answers[1]));
          expect(strip(answers[2])).toEqual(strip(answers[1]));
          if (page === 0) {
            expect(decodeCursor(answers[0].nextPageToken)).toMatchObject({ w: 1, e: expect.any(Number) });
            return;
          }
          tally.pages++;
          if (tried(withBands.log)) tally.banded++;
          if (readAll(withBands.log)) tally.bandedReadAll++;
          if (readAll(keyRank.log)) tally.keyRankReadAll++;
          tally.read += buffers(withBands.log);
          tally.keyRankRead += buffers(keyRank.log);
          tally.allRead += buffers(everything.log);
        });
      console.log(`deep pages nationwide by wage (${words.map((x) => `"${x.w}" ${x.n}`).join(', ')}): ${JSON.stringify(tally)}`);
      // up to 3,000 deep (100 a page), the next pages tried the bands below their key and found their rows there; sized
      // by the key's rank alone, the deeper ones tried bands reaching every shown wage, that is none, and read every match
      // (measured: 23 of 58 pages did, 298,000 buffers in all against 83,000; every match on every page 579,000)
      expect(tally.pages).toBeGreaterThanOrEqual(40);
      expect(tally.banded).toBe(tally.pages);
      expect(tally.bandedReadAll).toBeLessThanOrEqual(tally.pages / 10);
      expect(tally.keyRankReadAll).toBeGreaterThanOrEqual(tally.pages / 4);
      expect(tally.read).toBeLessThan(0.5 * tally.keyRankRead);
    } finally {
      for (const x of [withBands, everything, keyRank]) await x.s.sql.close();
    }
  }, 300_000);

  it("reads a province's pages in wage order from the top wage bands (the nationwide index holds the province), answering exactly as reading every match", async () => {
    // the bands from SORT_ALWAYS_MAX_MATCHES expected matches on, as nationwide (the service's default waits for
    // PROVINCE_WAGE_BANDS_MIN_MATCHES: more than this catalogue puts in a province)
    const options = { rankWindow: 100, facetExactLimit: 300, provinceWageBandsMinMatches: SORT_ALWAYS_MAX_MATCHES };
    // a province with more matches of a word than a first page sorts at once (SORT_ALWAYS_MAX_MATCHES), as the planner
    // expects them (it takes the word and the province as independent): the province's own vacancies of it, and two copies
    // of the word's vacancies of the other provinces moved there (same wages)
    const [{ w }] = (
      await pool.query(
        `SELECT w FROM vacancies, regexp_split_to_table(lower(position_name), '[^a-z]+') AS w
          WHERE state = 'PUBLISHED' AND length(w) >= 4 GROUP BY w HAVING count(*) BETWEEN 3000 AND 15000 ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows as { w: string }[];
    const columns = `employer_id, position_name, kbji_code, number_needed, valid_from, valid_until, description, state, kbli_code,
      min_education, skills, wage_min, wage_max, wage_hidden, employment_type, overseas, destination_country, published_at`;
    await pool.query(
      `INSERT INTO vacancies (region_code, ${columns}) SELECT '18.71', ${columns} FROM vacancies, generate_series(1, 2)
        WHERE state = 'PUBLISHED' AND province_code <> '18' AND lower(position_name) ~ ('\\m' || $1 || '\\M')`,
      [w],
    );
    await pool.query('VACUUM (ANALYZE) vacancies');
    const [{ n }] = (
      await pool.query(
        `SELECT count(*)::int AS n FROM vacancies WHERE state = 'PUBLISHED' AND province_code = '18' AND search_vector @@ to_tsquery('simple', $1)`,
        [w],
      )
    ).rows;
    expect(n).toBeGreaterThan(SORT_ALWAYS_MAX_MATCHES);

    const withBands = recordedService(options);
    const everything = recordedService(options);
    everything.internals.wageBandsOf = async () => [];
    const banded = (log: { text: string }[]) => log.filter((l) => l.text.includes('vacancy_wage_band('));
    const buffers = (log: { text: string; plan: PlanNode }[]) =>
      log
        .filter((l) => !l.text.startsWith('SELECT GROUPING') && !l.text.startsWith('EXPLAIN'))
        .reduce((a, l) => a + l.plan['Shared Hit Blocks'] + l.plan['Shared Read Blocks'], 0);
    let nextPagesBanded = 0;
    try {
      // the province, and a regency of it (its matches are sorted: the index holds no regency)
      for (const region of ['18', '18.71']) {
        await sideBySide([withBands, everything], { q: w, region, sort: 'wage', pageSize: PAGE_SIZE }, 8, async (answers, page) => {
          expect(strip(answers[0])).toEqual(strip(answers[1]));
          expect(answers[0].hits.length).toBe(PAGE_SIZE);
          expect(answers[0].hits.every((h) => h.region_code.startsWith(region))).toBe(true);
          if (region === '18.71') expect(banded(withBands.log)).toHaveLength(0);
          else if (page === 0) {
            // the top bands' matches of the province, inside the nationwide full-text index
            const tries = banded(withBands.log) as { text: string; plan: PlanNode }[];
            expect(tries.length).toBeGreaterThanOrEqual(1);
            const cond = (x: PlanNode) => (x as unknown as { 'Index Cond'?: string })['Index Cond'] ?? '';
            expect(
              nodes(tries[0].plan).some(
                (x) =>
                  x['Index Name'] === 'vacancies_search_words_regions' &&
                  /width_bucket\(wage_sort/.test(cond(x)) &&
                  /province_code/.test(cond(x)),
              ),
            ).toBe(true);
            const [read, all] = [buffers(withBands.log), buffers(everything.log)];
            console.log(
              `"${w}" in province 18 (${n} matches) by wage: ${tries.length} tries of the top wage bands, ${read} buffers ` +
                `(${rowsRead(tries[tries.length - 1].plan)} matches read), ${all} reading every match`,
            );
            expect(read).toBeLessThan(0.5 * all);
          } else if (banded(withBands.log).length) nextPagesBanded++;
          expect(answers.every((a) => a.nextPageToken)).toBe(true);
        });
      }
      expect(nextPagesBanded).toBeGreaterThanOrEqual(5);
    } finally {
      for (const x of [withBands, everything]) await x.s.sql.close();
    }
  }, 300_000);
});
