import { PROVINCE_WAGE_BANDS_MIN_MATCHES, VacancySearchService, WAGE_WALK_MIN_SHARE } from './vacancy-search.service';
import {
  choosePageStrategy,
  decodeCursor,
  encodeCursor,
  MAX_CURSOR_MATCHES,
  MAX_ESTIMATED_WORDS,
  MAX_SEARCH_WEEKS,
  readPlanRows,
  normalizeSearch,
  Params,
  whereClause,
  type NormalizedSearch,
  REGION_WALK_COST_RATIO,
  requiredWords,
  recentWeeks,
  SEARCH_WEEKS_MAX_SHARE,
  shareSince,
  SORT_ALWAYS_MAX_MATCHES,
  weekOf,
  WEEK_MS,
  weeksBetween,
  widerWeeks,
  WAGE_SORT_MAX_MATCHES,
  WALK_ESTIMATE_TTL_MS,
  wageBandTries,
  wageShareAtLeast,
  readWageStats,
  type VacancySearchInput,
} from './vacancy-search.query';

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * How a search with words finds its pages (PageStrategy): the matches sorted, or the order's index walked; chosen on the
 * first page from the planner's estimates, carried to the next pages by the page token.
 */
describe('page strategy of searches with words', () => {
  /** The planner's answer to an estimate statement (EXPLAIN (FORMAT JSON)). */
  const explained = (rows: number) => [{ 'QUERY PLAN': [{ Plan: { 'Node Type': 'Bitmap Heap Scan', 'Plan Rows': rows } }] }];

  /** A fake pg pool (plain and prepared statements): 21 rows for a page (a next page exists), the estimates for EXPLAIN. */
  const fakePool = (estimate: [number, number], statements: string[], wageStats?: Record<string, unknown>) => ({
    query: async (q: string | { text: string }) => {
      const text = typeof q === 'string' ? q : q.text;
      statements.push(text);
      // the planner's statistics of the wages, when the test gives them (else none: a table never analyzed)
      if (wageStats && text.includes("s.attname = 'wage_sort'")) return { rows: [wageStats] };
      // the matches' estimate holds the words; the walk's is the region's published vacancies
      if (text.startsWith('EXPLAIN')) return { rows: explained(text.includes('search_vector @@') ? estimate[0] : estimate[1]) };
      const rows = Array.from({ length: 21 }, (_, i) => ({
        id: uuid(100 - i),
        published_text: `2026-11-${String(28 - i).padStart(2, '0')} 08:00:00+07`,
        wage_sort: String(9_000_000 - i),
        score: 0.5,
        score_text: '0.5',
        window_count: 21,
      }));
      return { rows };
    },
  });

  const run = async (estimate: [number, number], input: VacancySearchInput, wageStats?: Record<string, unknown>) => {
    const statements: string[] = [];
    const result = await new VacancySearchService(fakePool(estimate, statements, wageStats) as never).search({ ...input, facets: false });
    return { statements, result };
  };

  it('estimates the required words of a nationwide search one by one, only where their rarest one sizes what is read', async () => {
    expect(requiredWords('operator produksi')).toEqual(['operator', 'produksi']);
    expect(requiredWords('staf admin gudang')).toEqual(['staf', 'admin', 'gudang']);
    // one word, more than MAX_ESTIMATED_WORDS, a phrase, an alternative or an excluded word: none
    expect(requiredWords('operator')).toEqual([]);
    expect(requiredWords(Array.from({ length: MAX_ESTIMATED_WORDS + 1 }, (_, i) => `w${i}`).join(' '))).toEqual([]);
    expect(requiredWords('"operator produksi"')).toEqual([]);
    expect(requiredWords('operator or teknisi')).toEqual([]);
    expect(requiredWords('operator OR teknisi')).toEqual([]);
    expect(requiredWords('operator -malam')).toEqual([]);
    const matchEstimates = (statements: string[]) =>
      statements.filter((t) => t.startsWith('EXPLAIN') && t.includes('search_vector @@')).length;
    // nationwide in every order: the whole search's estimate and each word's
    for (const sort of ['date', 'relevance', 'wage'])
      expect(matchEstimates((await run([500, 900_000], { q: 'operator produksi', sort })).statements)).toBe(3);
    // in a region (its index has neither weeks nor bands), one word: one
    expect(matchEstimates((await run([500, 900_000], { q: 'operator produksi', sort: 'date', region: '33' })).statements)).toBe(1);
    expect(matchEstimates((await run([500, 900_000], { q: 'operator', sort: 'date' })).statements)).toBe(1);
  });

  it("asks no estimate of the words where the region's published vacancies would all be sorted", async () => {
    const matchEstimates = (statements: string[]) =>
      statements.filter((t) => t.startsWith('EXPLAIN') && t.includes('search_vector @@')).length;
    const strategy = (r: { result: { nextPageToken: string } }) => decodeCursor(r.result.nextPageToken)?.s;
    // a regency of 1,500 published vacancies: sorted in every order, from the region's estimate alone
    for (const sort of ['relevance', 'date', 'wage']) {
      const small = await run([1_200, 1_500], { q: 'operator', sort, region: '33.74' });
      expect(matchEstimates(small.statements)).toBe(0);
      expect(strategy(small)).toBe('sort');
    }
    // a regency of 15,000 in wage order (sorted up to WAGE_SORT_MAX_MATCHES) likewise; in date order the words decide
    const wage = await run([14_000, 15_000], { q: 'operator', sort: 'wage', region: '18.71' });
    expect([matchEstimates(wage.statements), strategy(wage)]).toEqual([0, 'sort']);
    const date = await run([14_000, 15_000], { q: 'operator', sort: 'date', region: '18.71' });
    expect([matchEstimates(date.statements), strategy(date)]).toEqual([1, undefined]); // (a walk's token holds no strategy)
    // a province in wage order: sorted; above PROVINCE_WAGE_BANDS_MIN_MATCHES its matches' estimate sizes the top wage
    // bands it may try first, so it is asked
    const province = await run([14_000, 15_000], { q: 'operator', sort: 'wage', region: '18' });
    expect([matchEstimates(province.statements), strategy(province)]).toEqual([1, 'sort']);
    const smaller = await run([5_000, PROVINCE_WAGE_BANDS_MIN_MATCHES], { q: 'operator', sort: 'wage', region: '18' });
    expect([matchEstimates(smaller.statements), strategy(smaller)]).toEqual([0, 'sort']);
    // the same region and words with the estimate asked choose the same: the words only narrow the region
    expect(choosePageStrategy('date', { matches: SORT_ALWAYS_MAX_MATCHES, walked: SORT_ALWAYS_MAX_MATCHES }, 21)).toBe('sort');
    expect(choosePageStrategy('date', { matches: SORT_ALWAYS_MAX_MATCHES + 1, walked: SORT_ALWAYS_MAX_MATCHES + 1 }, 21)).toBe('walk');
  });

  it("asks the index for a search's rarest required word with its weeks or wage bands, testing the whole query on the rows", () => {
    const where = (extra: Partial<NormalizedSearch>) => {
      const p = new Params();
      return { text: whereClause({ ...normalizeSearch({ q: 'video editor' }).search, ...extra }, 'fts', p), values: p.values };
    };
    const anchored = where({ anchor: 'editor', weeks: [2970, 2971] });
    expect(anchored.text).toMatch(
      /v\.search_vector @@ \(websearch_to_tsquery\('simple', \$1\) \|\| websearch_to_tsquery\('english', \$1\)\)/,
    );
    expect(anchored.text).toContain(
      "ts_match_vq(v.search_vector, (websearch_to_tsquery('simple', $2) || websearch_to_tsquery('english', $2)))",
    );
    expect(anchored.values.slice(0, 2)).toEqual(['editor', 'video editor']);
    expect(where({ anchor: 'editor', wageBands: [20] }).text).toContain('ts_match_vq(');
    // without weeks or bands (every match is read): the whole query in the index, as without an anchor
    expect(where({ anchor: 'editor' })).toEqual(where({}));
  });

  it('reads the rows the planner expects from an EXPLAIN', () => {
    expect(readPlanRows(explained(11_765))).toBe(11_765);
    // an answer it cannot read makes the estimate unknown (matches unknown: the walk, as before the strategies)
    expect(readPlanRows([])).toBe(Infinity);
  });

  it("plans a region's walk estimate once for a while, not with every first page", async () => {
    const statements: string[] = [];
    const walkEstimates = () => statements.filter((t) => t.startsWith('EXPLAIN') && !t.includes('search_vector @@')).length;
    const matchEstimates = () => statements.filter((t) => t.startsWith('EXPLAIN') && t.includes('search_vector @@')).length;
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    try {
      const service = new VacancySearchService(fakePool([500, 200_000], statements) as never);
      for (const q of ['satpam', 'kasir', 'operator']) await service.search({ q, region: '32', facets: false });
      expect([matchEstimates(), walkEstimates()]).toEqual([3, 1]);
      // another region has its own; the wage order walks the national index: the nationwide estimate
      await service.search({ q: 'satpam', region: '33', facets: false });
      await service.search({ q: 'satpam', region: '33', sort: 'wage', facets: false });
      await service.search({ q: 'satpam', sort: 'wage', facets: false });
      expect([matchEstimates(), walkEstimates()]).toEqual([6, 3]);
      expect(statements.filter((t) => t.startsWith('EXPLAIN') && !t.includes('search_vector @@'))[2]).not.toContain('province_code');
      // planned again once it is WALK_ESTIMATE_TTL_MS old
      now.mockReturnValue(1_800_000_000_000 + WALK_ESTIMATE_TTL_MS - 1);
      await service.search({ q: 'kasir', region: '32', facets: false });
      expect(walkEstimates()).toBe(3);
      now.mockReturnValue(1_800_000_000_000 + WALK_ESTIMATE_TTL_MS);
      await service.search({ q: 'kasir', region: '32', facets: false });
      expect(walkEstimates()).toBe(4);
    } finally {
      now.mockRestore();
    }
  });

  it('never keeps a walk estimate it could not read, and fails as the database does', async () => {
    const statements: string[] = [];
    const pool = fakePool([500, 200_000], statements);
    let walkAnswer: () => Promise<{ rows: unknown[] }> = async () => ({ rows: [] });
    const service = new VacancySearchService({
      query: async (q: string | { text: string }) => {
        const text = typeof q === 'string' ? q : q.text;
        if (text.startsWith('EXPLAIN') && !text.includes('search_vector @@')) {
          statements.push(text);
          return walkAnswer();
        }
        return pool.query(q);
      },
    } as never);
    const walkEstimates = () => statements.filter((t) => t.startsWith('EXPLAIN') && !t.includes('search_vector @@')).length;
    // unreadable: unknown (the search still answers), and asked again next time
    await service.search({ q: 'satpam', region: '32', facets: false });
    await service.search({ q: 'kasir', region: '32', facets: false });
    expect(walkEstimates()).toBe(2);
    walkAnswer = async () => {
      throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    };
    await expect(service.search({ q: 'satpam', region: '32', facets: false })).rejects.toThrow(/administrator command/);
  });

  it('sorts few matches, and as many as walking would read more for; walks for words matching most of what it walks', () => {
    expect(choosePageStrategy('date', { matches: SORT_ALWAYS_MAX_MATCHES, walked: 1e9 }, 21)).toBe('sort');
    expect(choosePageStrategy('wage', { matches: WAGE_SORT_MAX_MATCHES, walked: 1 }, 21)).toBe('sort');
    // 'mekanik' nationwide (about 12,000 of 920,000): the relevance window of 1,000 is sorted (48 ms, the walk 670 ms)
    expect(choosePageStrategy('relevance', { matches: 23_271, walked: 919_607 }, 1000)).toBe('sort');
    // 'staf' nationwide (123,000 matches): a date page walks (2 ms; sorting them 380 ms)
    expect(choosePageStrategy('date', { matches: 123_000, walked: 919_607 }, 21)).toBe('walk');
    expect(choosePageStrategy('wage', { matches: 123_000, walked: 919_607 }, 21)).toBe('walk');
    // 'staf' in province 33 (11,570 expected of 87,128): its relevance window is walked in a region (42-50 ms; sorting every
    // match 61-92 ms), where a nationwide search with as many would sort the newest weeks' matches
    expect(choosePageStrategy('relevance', { matches: 11_570, walked: 87_128 }, 1000, REGION_WALK_COST_RATIO)).toBe('walk');
    expect(choosePageStrategy('relevance', { matches: 11_570, walked: 87_128 }, 1000)).toBe('sort');
  });

  it('walks a relevance window in a region where it would sort the same estimates nationwide', async () => {
    const province = await run([11_570, 87_128], { q: 'staf', region: '33', sort: 'relevance' });
    expect(decodeCursor(province.result.nextPageToken)?.s).toBeUndefined();
    expect(province.statements.find((t) => !t.startsWith('EXPLAIN'))).not.toMatch(/^WITH m AS MATERIALIZED/);
    const nationwide = await run([11_570, 87_128], { q: 'staf', sort: 'relevance' });
    expect(decodeCursor(nationwide.result.nextPageToken)?.s).toBe('sort');
  });

  for (const sort of ['date', 'relevance', 'wage'] as const) {
    it(`${sort} order: the first page asks the planner for its estimates and sorts; the token carries it, the next page asks nothing`, async () => {
      const first = await run([500, 200_000], { q: 'satpam', region: '32', sort });
      // the region's estimate (what a walk reads; in wage order the nationwide one besides), then the words'
      const explains = first.statements.filter((t) => t.startsWith('EXPLAIN'));
      expect(explains.filter((t) => /^EXPLAIN \(FORMAT JSON\) SELECT 1 FROM vacancies v WHERE .*search_vector @@/.test(t))).toHaveLength(1);
      expect(explains).toHaveLength(sort === 'wage' ? 3 : 2);
      expect(first.statements[explains.length]).toMatch(
        /^WITH m AS MATERIALIZED \(SELECT v\.id, v\.(published_at|wage_sort)\b.* FROM vacancies v WHERE .*search_vector @@/,
      );
      expect(decodeCursor(first.result.nextPageToken)?.s).toBe('sort');
      const next = await run([1e9, 1], { q: 'satpam', region: '32', sort, pageToken: first.result.nextPageToken });
      expect(next.statements.some((s) => s.startsWith('EXPLAIN'))).toBe(false);
      expect(next.statements[0]).toMatch(/^WITH m AS MATERIALIZED/);
    });

    it(`${sort} order: words matching most of the region walk its index, and so do their next pages`, async () => {
      const first = await run([150_000, 200_000], { q: 'staf', region: '32', sort });
      const page = first.statements.find((t) => !t.startsWith('EXPLAIN'))!;
      expect(page).not.toMatch(/^WITH m AS MATERIALIZED/);
      expect(page).toContain(sort === 'wage' ? 'ORDER BY v.wage_sort DESC, v.id DESC' : 'ORDER BY v.published_at DESC, v.id DESC');
      expect(decodeCursor(first.result.nextPageToken)?.s).toBeUndefined();
      const next = await run([1, 1], { q: 'staf', region: '32', sort, pageToken: first.result.nextPageToken });
      expect(next.statements.some((s) => s.startsWith('EXPLAIN') || s.startsWith('WITH m AS MATERIALIZED'))).toBe(false);
    });
  }

  it('wage order: words matching less than WAGE_WALK_MIN_SHARE of what a walk reads try the wage bands instead of walking', async () => {
    // 'operator' nationwide (4 % of the catalogue, paid below it): a walk expects 483 vacancies and read 79,083 buffers
    expect(choosePageStrategy('wage', { matches: 40_077, walked: 919_607 }, 21)).toBe('walk');
    // wages spread evenly from 0 to 100 M by the planner's statistics
    const wages = { null_frac: 0, mcv: null, mcf: null, hist: `{${Array.from({ length: 101 }, (_, i) => i * 1_000_000).join(',')}}` };
    const first = await run([40_077, 919_607], { q: 'operator', sort: 'wage' }, wages);
    expect(first.statements.find((t) => !t.startsWith('EXPLAIN') && !t.includes('pg_stats'))).toMatch(/^WITH m AS MATERIALIZED/);
    expect(decodeCursor(first.result.nextPageToken)?.s).toBe('sort');
    // without statistics of the wages (a table never analyzed) there are no bands to try: the walk, not every match
    expect(decodeCursor((await run([40_077, 919_607], { q: 'operator', sort: 'wage' })).result.nextPageToken)?.s).toBeUndefined();
    // 'staf' (13 %) walks, as words at that share do, in another order, or in a regency (whose matches the bands cannot take)
    for (const [estimate, input] of [
      [[123_000, 919_607], { q: 'staf', sort: 'wage' }],
      [[40_077, 919_607], { q: 'operator', sort: 'date' }],
      [[40_077, 919_607], { q: 'operator', region: '32.04', sort: 'wage' }],
      [[WAGE_WALK_MIN_SHARE * 919_607, 919_607], { q: 'operator', sort: 'wage' }],
    ] as const)
      expect(decodeCursor((await run([...estimate], input)).result.nextPageToken)?.s).toBeUndefined();
  });

  it('asks no estimate for a search without words (its order is always walked)', async () => {
    // (nationwide: a regional date page without words is a prepared statement, which this fake pool does not serve)
    for (const sort of ['date', 'wage'] as const) {
      const { statements } = await run([10, 10], { kbji: '2', sort });
      expect(statements).toHaveLength(1);
      expect(statements[0]).not.toContain('MATERIALIZED (SELECT v.id');
    }
  });

  it('refuses a page token whose strategy or wage bands flag is not one it wrote', () => {
    const token = (s: unknown) =>
      Buffer.from(JSON.stringify({ f: 'x', m: 'fts', t: 0, k: ['1', uuid(1)], ...(s === undefined ? {} : { s }) })).toString('base64url');
    expect(decodeCursor(token('sort'))?.s).toBe('sort');
    expect(decodeCursor(token(undefined))?.s).toBeUndefined();
    expect(decodeCursor(token('walk'))).toBeUndefined();
    expect(decodeCursor(token(1))).toBeUndefined();
    // the wage bands' flag: 1 or absent
    const banded = (w: unknown) =>
      Buffer.from(JSON.stringify({ f: 'x', m: 'fts', t: 0, k: ['1', uuid(1)], s: 'sort', w })).toString('base64url');
    expect(decodeCursor(banded(1))?.w).toBe(1);
    for (const w of [2, 0, '1', true, [1]]) expect(decodeCursor(banded(w))).toBeUndefined();
    // the anchor: an index of the query's required words
    const anchored = (a: unknown) =>
      Buffer.from(JSON.stringify({ f: 'x', m: 'fts', t: 0, k: ['1', uuid(1)], s: 'sort', a })).toString('base64url');
    for (let a = 0; a < MAX_ESTIMATED_WORDS; a++) expect(decodeCursor(anchored(a))?.a).toBe(a);
    for (const a of [MAX_ESTIMATED_WORDS, -1, 0.5, '1', null, [0]]) expect(decodeCursor(anchored(a))).toBeUndefined();
    // the matches the first page expected: a whole number from 1 to MAX_CURSOR_MATCHES, or absent (a token of an older page)
    const expecting = (e: unknown) =>
      Buffer.from(JSON.stringify({ f: 'x', m: 'fts', t: 0, k: ['1', uuid(1)], s: 'sort', w: 1, e })).toString('base64url');
    for (const e of [1, 6_077, MAX_CURSOR_MATCHES]) expect(decodeCursor(expecting(e))?.e).toBe(e);
    expect(decodeCursor(banded(1))?.e).toBeUndefined();
    for (const e of [0, -5, 1.5, MAX_CURSOR_MATCHES + 1, '6077', null, Infinity]) expect(decodeCursor(expecting(e))).toBeUndefined();
  });

  it("sizes a next page's wage band tries by the matches its first page expected, carried by the token", async () => {
    const wages = { null_frac: 0, mcv: null, mcf: null, hist: `{${Array.from({ length: 101 }, (_, i) => i * 1_000_000).join(',')}}` };
    const statements: string[] = [];
    const service = new VacancySearchService(fakePool([40_077, 919_607], statements, wages) as never);
    const first = await service.search({ q: 'operator', sort: 'wage', facets: false });
    const token = decodeCursor(first.nextPageToken)!;
    expect(token).toMatchObject({ s: 'sort', w: 1, e: 40_077 });
    // the next page (the fake's rows end at 8,999,980: deep in the wage order, 91 % of the catalogue above it) tries the
    // bands from its key's down, sized by 40,077 matches: not the bands holding twice the key's rank (none: every match)
    statements.length = 0;
    const next = await service.search({ q: 'operator', sort: 'wage', facets: false, pageToken: first.nextPageToken });
    const tried = statements.filter((t) => t.includes('vacancy_wage_band('));
    expect(tried.length).toBeGreaterThanOrEqual(1);
    expect(decodeCursor(next.nextPageToken)).toMatchObject({ w: 1, e: 40_077 });
    // a token without the expected matches (an older page's): sized by the key's rank, which reaches every shown wage
    statements.length = 0;
    const { e: _e, ...older } = token;
    await service.search({ q: 'operator', sort: 'wage', facets: false, pageToken: encodeCursor(older) });
    expect(statements.filter((t) => t.includes('vacancy_wage_band('))).toHaveLength(0);
  });

  it("carries a first page's anchor to its next pages", async () => {
    // nationwide by date: the whole query's estimate and each word's (500), 'editor' the rarer (300)
    const statements: string[] = [];
    const pool = fakePool([500, 900_000], statements);
    const service = new VacancySearchService({
      query: async (q: string | { text: string }, values: unknown[] = []) => {
        const text = typeof q === 'string' ? q : q.text;
        if (text.startsWith('EXPLAIN') && text.includes('search_vector @@') && values.includes('editor')) {
          statements.push(text);
          return { rows: explained(300) };
        }
        return pool.query(q);
      },
    } as never);
    const first = await service.search({ q: 'video editor', sort: 'date', facets: false });
    expect(decodeCursor(first.nextPageToken)?.a).toBe(1);
    // the next page keeps it (read from the token: no estimate asked)
    const next = await service.search({ q: 'video editor', sort: 'date', facets: false, pageToken: first.nextPageToken });
    expect(next.hits.length).toBeGreaterThan(0);
    expect(decodeCursor(next.nextPageToken)?.a).toBe(1);
  });
});

describe('the newest weeks a nationwide search reads (recentWeeks)', () => {
  const WEEK = WEEK_MS;
  const now = Date.parse('2026-12-06T10:00:00Z');
  // 26 weeks of publications, evenly: 100 histogram intervals of a quarter of a week each
  const bounds = Array.from({ length: 101 }, (_, i) => now - 26 * WEEK + (i * 26 * WEEK) / 100);

  it('counts weeks as the index does (since 1970-01-01 UTC) and ends a week after now', () => {
    expect(weekOf(0)).toBe(0);
    expect(weekOf(WEEK - 1)).toBe(0);
    expect(weekOf(WEEK)).toBe(1);
    expect(weeksBetween(now - WEEK, now)).toEqual([weekOf(now) - 1, weekOf(now), weekOf(now) + 1]);
    expect(weeksBetween(now - MAX_SEARCH_WEEKS * WEEK, now)).toBeUndefined();
  });

  it('keeps the newest weeks holding the needed matches with a margin, never most of them', () => {
    // 1,000 of 26,000 matches (about a week of them) with the margin: 1.3 weeks of the histogram, within 2 or 3 weeks
    const weeks = recentWeeks(bounds, 26_000, 1_000, now)!;
    expect(weeks[weeks.length - 1]).toBe(weekOf(now) + 1);
    expect(weeks[0]).toBeLessThanOrEqual(weekOf(now - 1.3 * WEEK));
    expect(weeks.length).toBeLessThanOrEqual(4);
    // the share kept grows with what is needed
    expect(recentWeeks(bounds, 26_000, 5_000, now)!.length).toBeGreaterThan(weeks.length);
    // more than SEARCH_WEEKS_MAX_SHARE of the matches: no restriction
    expect(recentWeeks(bounds, 1_000, (SEARCH_WEEKS_MAX_SHARE * 1_000) / 1.2, now)).toBeUndefined();
    // what the page reads besides over every match (its facets, up to their limit) counts against the saving
    expect(recentWeeks(bounds, 26_000, 1_000, now, 5_000)).toEqual(weeks);
    expect(recentWeeks(bounds, 10_000, 1_000, now, 5_000)).toBeUndefined();
    expect(recentWeeks(bounds, 10_000, 1_000, now)).toBeDefined();
    // no histogram (never analyzed), no estimate: no restriction
    expect(recentWeeks([], 26_000, 1_000, now)).toBeUndefined();
    expect(recentWeeks(bounds, Infinity, 1_000, now)).toBeUndefined();
    expect(recentWeeks(bounds, 0, 1_000, now)).toBeUndefined();
    // at least the newest interval of the histogram, however many the matches
    expect(recentWeeks(bounds, 1e12, 1, now)![0]).toBe(weekOf(bounds[99]));
  });

  it('reads the share of the catalogue published since a time from the histogram (shareSince)', () => {
    expect(shareSince(bounds, bounds[0] - 1)).toBe(1);
    expect(shareSince(bounds, bounds[50])).toBeCloseTo(0.5, 10);
    expect(shareSince(bounds, (bounds[90] + bounds[91]) / 2)).toBeCloseTo(0.095, 10);
    // after the last bound (published since the table was analyzed), or no histogram: unknown
    expect(shareSince(bounds, bounds[100] + 1)).toBe(0);
    expect(shareSince([], now)).toBe(0);
  });

  it('tries the weeks the matches found imply when the newest weeks held too few (widerWeeks)', () => {
    // sized by 26,000 matches for a window of 1,000; the search has 2,600: the weeks hold about 130
    const first = recentWeeks(bounds, 26_000, 1_000, now)!;
    const share = shareSince(bounds, first[0] * WEEK);
    const found = Math.round(2_600 * share);
    const wider = widerWeeks(bounds, first, found, 1_000, now)!;
    // the weeks sized by 2,600 matches: the same as recentWeeks would choose for them, older than the first ones
    expect(wider).toEqual(recentWeeks(bounds, found / share, 1_000, now));
    expect(wider[0]).toBeLessThan(first[0]);
    expect(shareSince(bounds, wider[0] * WEEK) * 2_600).toBeGreaterThanOrEqual(1_000);
    // too few matches for wider weeks to save (the window is most of them), none found, or weeks newer than the histogram
    expect(widerWeeks(bounds, first, Math.round(1_200 * share), 1_000, now)).toBeUndefined();
    expect(widerWeeks(bounds, first, 0, 1_000, now)).toBeUndefined();
    expect(widerWeeks(bounds, [weekOf(now) + 1], 10, 1_000, now)).toBeUndefined();
    expect(widerWeeks(bounds, [], 10, 1_000, now)).toBeUndefined();
  });
});

describe('wage bands of a nationwide search in wage order (wageBandTries)', () => {
  // the planner's statistics of wages spread evenly from 0 to 100 M, no common values, none missing
  const even = readWageStats({
    null_frac: 0,
    mcv: null,
    mcf: null,
    hist: `{${Array.from({ length: 101 }, (_, i) => i * 1_000_000).join(',')}}`,
  });

  it('reads the share of wages at or above a wage from the planner statistics, its common values included', () => {
    expect(wageShareAtLeast(even, 50_000_000)).toBeCloseTo(0.5, 5);
    expect(wageShareAtLeast(even, 200_000_000)).toBe(0);
    // half of the vacancies hide their wage (-1, a common value): the other half spread evenly
    const hidden = readWageStats({ null_frac: 0, mcv: '{-1}', mcf: '{0.5}', hist: even.hist.length ? `{${even.hist.join(',')}}` : '' });
    expect(wageShareAtLeast(hidden, 50_000_000)).toBeCloseTo(0.25, 5);
    expect(wageShareAtLeast(hidden, -1)).toBeCloseTo(1, 5);
    // nothing known (a table never analyzed): no share, so no bands
    expect(wageShareAtLeast(readWageStats(undefined), 0)).toBe(0);
    expect(wageBandTries(readWageStats(undefined), 1_000_000, 100)).toEqual([]);
  });

  it('tries the fewest top bands holding 2, 16 and 256 times the expected depth, below the key on a next page, never band 0', () => {
    // 2,000 and 16,000 of a million: the bands from 75 M (a quarter of them); 256,000: from 60 M (two fifths), each try
    // the bands below the ones before it; then the bands holding twice what they reach (800,000: from 20 M), never those
    // down to band 1 (every shown wage left: 1,600,000 would be more than there are)
    expect(wageBandTries(even, 1_000_000, 1000)).toEqual([[20, 21], [19], [14, 15, 16, 17, 18]]);
    // a next page whose key is 65 M: nothing above its band (19, from 60 M) is on it
    expect(wageBandTries(even, 1_000_000, 1000, 65_000_000)).toEqual([[19], [14, 15, 16, 17, 18]]);
    // a next page deep in the order (its key 35 M, 650,000 paid more): the bands from its key's (16, from 30 M) that hold
    // 650,000 and 2 and 16 times its depth (652,000, 666,000), then 256 times (906,000: from 7.5 M); twice what those reach
    // below the key would be every shown wage. Sized by the key's rank alone (1,300,000): none, every match is read
    expect(wageBandTries(even, 1_000_000, 1000, 35_000_000, 650_000)).toEqual([[16], [10, 11, 12, 13, 14, 15]]);
    expect(wageBandTries(even, 1_000_000, 650_000, 35_000_000)).toEqual([]);
    expect(wageBandTries(even, 1_000_000, 1000, 35_000_000, NaN)).toEqual([]);
    // a depth that only band 0 (hidden wages, below 1 M) would reach: every match is read at once
    expect(wageBandTries(even, 1_000_000, 600_000)).toEqual([]);
    // unknown estimates: no bands
    expect(wageBandTries(even, Infinity, 1000)).toEqual([]);
    expect(wageBandTries(even, 1_000_000, NaN)).toEqual([]);
  });

  it('then tries the bands below, each try reaching twice the vacancies of those before it, short of every shown wage', () => {
    // words expected 10 deep, paid below the catalogue: the factors' tries hold the bands from 75 M (250,000 vacancies),
    // the next try the bands from 50 M (twice that); twice again would be every shown wage (down to band 1): not tried,
    // no cheaper than reading every match
    expect(wageBandTries(even, 1_000_000, 10)).toEqual([
      [20, 21],
      [18, 19],
    ]);
    // half of the wages hidden: 256,000 reach the bands from 40 M (300,000), and twice that is more than are shown
    const hidden = readWageStats({ null_frac: 0, mcv: '{-1}', mcf: '{0.5}', hist: `{${even.hist.join(',')}}` });
    expect(wageBandTries(hidden, 1_000_000, 1000)).toEqual([
      [20, 21],
      [17, 18, 19],
    ]);
    // every try holds the bands right below the one before it: the page is their rows in turn
    for (const tries of [wageBandTries(even, 1_000_000, 1000), wageBandTries(even, 1_000_000, 10), wageBandTries(hidden, 1_000_000, 1000)])
      for (let i = 1; i < tries.length; i++) expect(tries[i][tries[i].length - 1]).toBe(tries[i - 1][0] - 1);
  });
});
