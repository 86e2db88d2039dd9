import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Admission, SESSION_OPTIONS, sqlRunner, type SqlRunner } from '@siapkerja/persistence';
import { DomainError } from '@siapkerja/errors';
import { requestDeadline } from '@siapkerja/logging';
import { EDUCATION_LEVELS, getKbliCategory, getKbliMainGroup, getKbjiMajorGroup, getRegion } from '@siapkerja/codes';
import { EMPLOYMENT_TYPES } from './vacancy.entity';
import { Pool } from 'pg';
import { TransactionalOutbox } from '@siapkerja/events';
import { AnswerCache, SERVICE_CONFIG, SERVICE_METRICS } from '@siapkerja/service-kit';
import { Counter, Gauge, type Registry } from '@siapkerja/observability';
import type { JobsConfig } from '../jobs.config';
import {
  datePageStatement,
  DEFAULT_FACET_EXACT_LIMIT,
  DEFAULT_RANK_WINDOW,
  encodeCursor,
  MAX_CURSOR_MATCHES,
  facetStatement,
  facetSummaryStatement,
  choosePageStrategy,
  matchEstimateStatement,
  normalizeSearch,
  publishedHistogramStatement,
  readPlanRows,
  requiredWords,
  widerWeeks,
  recentWeeks,
  weeksBefore,
  weeksBetween,
  queryWords,
  rankedPageStatement,
  readWageStats,
  REGION_WALK_COST_RATIO,
  WALK_COST_RATIO,
  SORT_ALWAYS_MAX_MATCHES,
  typoCorrectionStatement,
  wageBandTries,
  wagePageStatement,
  wageShareAtLeast,
  wageStatsStatement,
  type WageStats,
  WALK_ESTIMATE_TTL_MS,
  walkedRegion,
  walkEstimateStatement,
  type MatchMode,
  type PageStrategy,
  type NormalizedSearch,
  type SearchCursor,
  type Statement,
  type VacancySearchInput,
} from './vacancy-search.query';

export const VACANCY_SEARCH_OPTIONS = Symbol('VACANCY_SEARCH_OPTIONS');
export interface VacancySearchOptions {
  /** how many of the newest matches are ranked by relevance (default 1000) */
  rankWindow?: number;
  /** up to how many matches the facet counts of a search that the summary tables cannot answer are exact (default 1000) */
  facetExactLimit?: number;
  /** searches of this instance running at once; the others wait their turn (default {@link DEFAULT_SEARCH_CONCURRENCY}) */
  concurrency?: number;
  /**
   * a first page in wage order in a province tries the top wage bands when it expects more matches than this (default
   * {@link PROVINCE_WAGE_BANDS_MIN_MATCHES})
   */
  provinceWageBandsMinMatches?: number;
}

/**
 * A first page in wage order in a province tries the top wage bands (triesWageBands) only when the planner expects more
 * matches than this: below it, sorting every match costs less than tries that miss. Measured at 1 M vacancies (best of 3,
 * one at a time): 'staf' and 'kepala' (10,283-19,118 matches in provinces 31-35, wages spread like the catalogue's) took
 * 13-19 ms with the bands against 26-182 ms sorting every match, 5,656-6,222 matches 12-15 ms against 16-18; but
 * 'operator', 'teknisi' and 'guru' (2,000-6,400 matches, wages below the catalogue's: the top bands hold few of them)
 * 31-46 ms against 7-23, the tries missing before every match was read. (Nationwide, SORT_ALWAYS_MAX_MATCHES: a province's
 * tries also intersect the province's entry of the index, as large as a band's, so they cost more where they miss.)
 */
export const PROVINCE_WAGE_BANDS_MIN_MATCHES = 8_000;

/**
 * In wage order, a search with words whose matches are fewer than this share of the vacancies the walk reads (nationwide
 * or in a province, with more matches than the wage bands are tried for) tries the top wage bands instead of walking
 * (PageStrategy 'sort'): a walk expects to find a page of 21 within 210 vacancies at this share, and reads far more for
 * an occupation paid below the catalogue, since wages and occupations correlate. Measured at 1 M vacancies, first pages
 * nationwide, one at a time: 'operator' (40,077 expected, 4 %) walked through 79,083 buffers in 2,155 ms, its bands
 * tried 6,303 in 157 ms; 'kasir' 11,630 buffers against 6,188; 'staf' (13 %) walks in 5,788 (its bands 7,477).
 */
export const WAGE_WALK_MIN_SHARE = 0.1;

/**
 * Searches of one jobs instance running at once (SEARCH_CONCURRENCY): about twice the database server's cores divided by
 * the instances sharing it. On 2 cores, diverse searches ran at 130-158/s with 2 to 8 at once and at 62-80/s with 16.
 */
export const DEFAULT_SEARCH_CONCURRENCY = 4;

/**
 * A search still waiting for its turn this long before its request's deadline is refused then (UNAVAILABLE): the caller
 * gets 503 with Retry-After while it still waits for the answer, instead of its own timeout after the deadline.
 */
export const SEARCH_START_MARGIN_MS = 250;

/**
 * Facet counts: a search without words sums the summary tables (migration 900, a few thousand rows: exact); any other
 * counts its matches up to facetExactLimit (exact below it, lower bounds at it, flagged). Answers are reused at the edge only (the gateway's search
 * cache, invalidated by vacancy events): one cache layer, so a refreshed answer never carries older counts.
 */
type FacetAnswer = { facets: VacancySearchFacets; totalSize: number; totalSizeIsLowerBound: boolean };

export interface VacancySearchHitRow {
  id: string;
  employer_id: string;
  employer_name: string | null;
  position_name: string;
  kbji_code: string;
  kbli_code: string;
  region_code: string;
  number_needed: number;
  valid_from: string;
  valid_until: string;
  min_education: string;
  employment_type: string;
  overseas: boolean;
  destination_country: string | null;
  skills: string[];
  wage_min: string | null;
  wage_max: string | null;
  wage_hidden: boolean;
  published_at: Date;
  published_text: string;
  wage_sort: string;
  snippet: string;
  score: number;
  score_text: string;
}

export interface FacetBucket {
  value: string;
  label: string;
  count: number;
}
export interface VacancySearchFacets {
  provinces: FacetBucket[];
  kbjiMajorGroups: FacetBucket[];
  kbliCategories: FacetBucket[];
  minEducations: FacetBucket[];
  employmentTypes: FacetBucket[];
  overseas: FacetBucket[];
}

export interface VacancySearchResult {
  hits: VacancySearchHitRow[];
  nextPageToken: string;
  /** counts over every match; on the first page only (and unless facets were switched off) */
  facets?: VacancySearchFacets;
  totalSize?: number;
  /** the counts stopped at the exact-count limit: the search matches at least totalSize vacancies */
  totalSizeIsLowerBound?: boolean;
  /** how the words matched: full text, or the typo-tolerant trigram fallback */
  mode: MatchMode;
}

type Exec = (st: Statement) => Promise<Record<string, unknown>[]>;

/** A WAL position ('16/B374D848') as a number. */
export function parseLsn(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
}

const FACET_ORDER = ['provinces', 'kbjiMajorGroups', 'kbliMainGroups', 'minEducations', 'employmentTypes', 'overseas'] as const;

/** Facet buckets from the grouping-sets rows: labelled, KBLI main groups rolled up to categories, largest first. */
export function toFacets(rows: { g: number; value: string | null; n: number }[]): { facets: VacancySearchFacets; total: number } {
  const raw: Record<(typeof FACET_ORDER)[number], Map<string, number>> = Object.fromEntries(
    FACET_ORDER.map((k) => [k, new Map()]),
  ) as never;
  for (const r of rows) {
    // GROUPING() sets a bit for every column NOT grouped in that set; the grouped column is the 0 bit (leftmost = bit 5)
    const i = FACET_ORDER.findIndex((_, idx) => ((r.g >> (FACET_ORDER.length - 1 - idx)) & 1) === 0);
    if (i >= 0) raw[FACET_ORDER[i]].set(r.value ?? '', (raw[FACET_ORDER[i]].get(r.value ?? '') ?? 0) + Number(r.n));
  }
  const categories = new Map<string, number>();
  for (const [main, n] of raw.kbliMainGroups) {
    const cat = main ? (getKbliMainGroup(main)?.category ?? '') : '';
    categories.set(cat, (categories.get(cat) ?? 0) + n);
  }
  const buckets = (m: Map<string, number>, label: (v: string) => string, order?: readonly string[]): FacetBucket[] =>
    [...m.entries()]
      .map(([value, count]) => ({ value, label: label(value), count }))
      .sort((a, b) => (order ? order.indexOf(a.value) - order.indexOf(b.value) : b.count - a.count || a.value.localeCompare(b.value)));
  const total = [...raw.overseas.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    facets: {
      provinces: buckets(raw.provinces, (v) => getRegion(v)?.name ?? v),
      kbjiMajorGroups: buckets(raw.kbjiMajorGroups, (v) => getKbjiMajorGroup(v)?.name ?? v),
      kbliCategories: buckets(categories, (v) => (v ? (getKbliCategory(v)?.name ?? v) : 'Tidak diisi')),
      minEducations: buckets(raw.minEducations, (v) => v, EDUCATION_LEVELS),
      employmentTypes: buckets(raw.employmentTypes, (v) => v, EMPLOYMENT_TYPES),
      overseas: buckets(raw.overseas, (v) => (v === 'true' ? 'Luar negeri' : 'Dalam negeri'), ['false', 'true']),
    },
  };
}

/**
 * Whether a page sorts its full-text matches from the nationwide full-text index, which holds their weeks of publication
 * (migration 1600): such a page may read the matches of some weeks only (weeksOf).
 */
const sortsNationwide = (s: NormalizedSearch, mode: MatchMode, strategy: PageStrategy): boolean =>
  strategy === 'sort' && mode === 'fts' && !s.region;

/**
 * Whether a page in wage order that sorts its full-text matches may try the top wage bands first (wageBandsOf): nationwide,
 * or in a province, which the nationwide full-text index also holds (its province_code column; migration 1800): the index
 * intersects the words, the province and the bands. Not in a regency (which the index holds too since migration 2100),
 * whose matches are few enough to sort.
 */
const triesWageBands = (s: NormalizedSearch, mode: MatchMode, strategy: PageStrategy): boolean =>
  s.sort === 'wage' && strategy === 'sort' && mode === 'fts' && !s.region.includes('.');

/**
 * Karirhub vacancy search over PUBLISHED vacancies: full text (Indonesian and English), typo-tolerant fallback, filters,
 * facets and keyset pagination without a result cap. The statements and the query plan are in vacancy-search.query.ts.
 */
@Injectable()
export class VacancySearchService implements OnModuleDestroy {
  private readonly rankWindow: number;
  /** Walk estimates by region (walkEstimate): about 550 region codes, so the bound is never reached. */
  private readonly walkEstimates = new AnswerCache<number>({ ttlMs: WALK_ESTIMATE_TTL_MS, maxEntries: 5_000 });
  /** The planner's histogram of publication times (publishedHistogramStatement), kept as long as the walk estimates. */
  private readonly publishedHistogram = new AnswerCache<number[]>({ ttlMs: WALK_ESTIMATE_TTL_MS, maxEntries: 1 });
  /** The planner's statistics of the wages (wageStatsStatement), kept as long as the walk estimates. */
  private readonly wageStats = new AnswerCache<WageStats>({ ttlMs: WALK_ESTIMATE_TTL_MS, maxEntries: 1 });
  private readonly facetExactLimit: number;
  private readonly provinceWageBandsMinMatches: number;
  /** the search replica (SEARCH_DATABASE_URL), when there is one */
  private readonly replica?: { pool: Pool; sql: SqlRunner; maxWaitMs: number };
  /** the WAL position of this service's last committed write, and how far the replica was last seen to have replayed */
  private fence = 0n;
  private replayed = 0n;
  /** the jobs database (prepared statements on a pool of their own) */
  readonly sql: SqlRunner;
  /**
   * at most so many searches at once; the others wait in arrival order, until their request's deadline at most (one whose
   * turn would come after it is refused on arrival), and no more of them than SEARCH_QUEUE_LIMIT. A bound of the pool's
   * (DB_QUEUE_LIMIT, 40) refused searches that would have started in a few hundred milliseconds: 50 clients at once gave
   * 45 refusals in a bench run whose p99 was 850 ms
   */
  private readonly admission: Admission;

  /** `ds`: the jobs database; the benchmark's baselines pass a plain pg pool to run the very same statements. */
  constructor(
    ds: DataSource,
    @Optional() @Inject(VACANCY_SEARCH_OPTIONS) opts?: VacancySearchOptions,
    @Optional() @Inject(SERVICE_CONFIG) config?: Partial<JobsConfig>,
    @Optional() outbox?: TransactionalOutbox,
    @Optional() @Inject(SERVICE_METRICS) registry?: Registry,
  ) {
    this.sql = sqlRunner(ds);
    if (config?.SEARCH_DATABASE_URL) {
      const pool = new Pool({
        connectionString: config.SEARCH_DATABASE_URL,
        max: config.DB_POOL_SIZE ?? 10,
        application_name: 'siapkerja-jobs-search',
        options: SESSION_OPTIONS,
      });
      pool.on('error', () => undefined);
      this.replica = { pool, sql: sqlRunner(pool), maxWaitMs: config.SEARCH_REPLICA_MAX_WAIT_MS ?? 1000 };
      // read-your-writes: every write of this service notes the WAL position it reached (one extra statement per write, only
      // with a replica); a later search reads the replica once it has replayed that far
      outbox?.onCommit(async () => {
        const [{ lsn }] = await ds.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
        const at = parseLsn(lsn);
        if (at > this.fence) this.fence = at;
      });
    }
    this.rankWindow = Math.max(1, opts?.rankWindow ?? DEFAULT_RANK_WINDOW);
    this.facetExactLimit = Math.max(1, opts?.facetExactLimit ?? config?.VACANCY_FACET_EXACT_LIMIT ?? DEFAULT_FACET_EXACT_LIMIT);
    this.provinceWageBandsMinMatches = opts?.provinceWageBandsMinMatches ?? PROVINCE_WAGE_BANDS_MIN_MATCHES;
    this.admission = new Admission({
      limit: opts?.concurrency ?? config?.SEARCH_CONCURRENCY ?? DEFAULT_SEARCH_CONCURRENCY,
      maxQueue: config?.SEARCH_QUEUE_LIMIT,
      overloaded: (reason) =>
        new DomainError(
          'UNAVAILABLE',
          reason === 'deadline'
            ? 'The search service is overloaded: the search could not start in time, retry later'
            : 'The search service is overloaded: too many searches waiting, retry later',
        ),
    });
    if (registry) this.registerMetrics(registry);
  }

  /** The admission's state on the service's /metrics: what an operator sizes SEARCH_CONCURRENCY and the instances by. */
  private registerMetrics(registry: Registry): void {
    const admission = this.admission;
    new Gauge({
      name: 'search_running',
      help: 'searches of this instance running on the database now (at most SEARCH_CONCURRENCY)',
      registers: [registry],
      collect() {
        this.set(admission.stats().active);
      },
    });
    new Gauge({
      name: 'search_waiting',
      help: 'searches waiting for their turn now (at most SEARCH_QUEUE_LIMIT)',
      registers: [registry],
      collect() {
        this.set(admission.stats().waiting);
      },
    });
    new Counter({
      name: 'search_refused_total',
      help: 'searches refused as overloaded before they started: queue-full (SEARCH_QUEUE_LIMIT others waiting), deadline (no turn 250 ms before it, foreseen or seen)',
      labelNames: ['reason'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [reason, n] of Object.entries(admission.stats().refused)) this.inc({ reason }, n);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.sql.close();
    if (this.replica) {
      await this.replica.sql.close();
      await this.replica.pool.end();
    }
  }

  /**
   * Where a search reads: the replica when it has replayed this service's last write (waiting up to SEARCH_REPLICA_MAX_WAIT_MS
   * for it), else the primary; the primary when there is no replica, or when the replica cannot be asked.
   */
  private async reader(): Promise<SqlRunner> {
    const replica = this.replica;
    if (!replica) return this.sql;
    const until = Date.now() + replica.maxWaitMs;
    try {
      for (;;) {
        if (this.replayed >= this.fence) return replica.sql;
        const [{ lsn }] = await replica.sql.query<{ lsn: string | null }>({
          text: `SELECT pg_last_wal_replay_lsn()::text AS lsn`,
          values: [],
        });
        const at = lsn ? parseLsn(lsn) : 0n;
        if (at > this.replayed) this.replayed = at;
        if (this.replayed >= this.fence) return replica.sql;
        if (Date.now() >= until) return this.sql;
        await new Promise((r) => setTimeout(r, 5));
      }
    } catch {
      return this.sql;
    }
  }

  /**
   * A search: refused at once when its input is invalid, else run when its turn comes (see {@link admission}), or refused
   * when it has not come {@link SEARCH_START_MARGIN_MS} before the request's deadline.
   */
  async search(input: VacancySearchInput): Promise<VacancySearchResult> {
    const normalized = normalizeSearch(input);
    const deadline = requestDeadline();
    return this.admission.run(() => this.searchNow(normalized), deadline === undefined ? undefined : deadline - SEARCH_START_MARGIN_MS);
  }

  private async searchNow({ search, cursor, fingerprint }: ReturnType<typeof normalizeSearch>): Promise<VacancySearchResult> {
    const wantFacets = !cursor && search.facets;
    const mode: MatchMode = cursor ? cursor.m : search.q ? 'fts' : 'none';
    const sql = await this.reader();
    const exec: Exec = (st) => (st.prepared ? sql.prepared(st) : sql.query(st));
    if (mode !== 'trgm') {
      const page = await this.page(exec, search, mode, cursor, fingerprint, wantFacets);
      if (!(mode === 'fts' && !cursor && page.hits.length === 0)) return { ...page, mode };
    }
    // typo tolerance: the words corrected against the dictionary of position-name words, matched on names and skills
    const corrected = cursor ? (cursor.c ?? '') : await this.correct(sql, search.q);
    if (!corrected)
      return {
        hits: [],
        nextPageToken: '',
        mode: 'trgm',
        ...(wantFacets ? { facets: toFacets([]).facets, totalSize: 0, totalSizeIsLowerBound: false } : {}),
      };
    const page = await this.page(exec, { ...search, q: corrected }, 'trgm', cursor, fingerprint, wantFacets);
    return { ...page, mode: 'trgm' as const };
  }

  /** The query with each unknown word replaced by its closest dictionary word; '' when nothing could be corrected. */
  private async correct(sql: SqlRunner, q: string): Promise<string> {
    const words = queryWords(q);
    if (!words.length) return '';
    const st = typoCorrectionStatement(words);
    const rows = await sql.query<{ q: string; known: boolean; fix: string | null }>(st);
    let changed = false;
    const out = rows.map((r) => {
      if (r.known || !r.fix) return r.q;
      changed = true;
      return r.fix;
    });
    return changed ? out.join(' ') : '';
  }

  /** Exact counts from the summary tables when they can answer; else counts over at most facetExactLimit matches. */
  private async facetsOf(exec: Exec, s: NormalizedSearch, mode: MatchMode): Promise<FacetAnswer> {
    const summary = mode === 'none' ? facetSummaryStatement(s) : undefined;
    const rows = await exec(summary ?? facetStatement(s, mode, this.facetExactLimit));
    return this.facetAnswer(rows as { g: number; value: string | null; n: number }[], !summary);
  }

  private facetAnswer(rows: { g: number; value: string | null; n: number }[], bounded: boolean): FacetAnswer {
    const { facets, total } = toFacets(rows);
    return { facets, totalSize: total, totalSizeIsLowerBound: bounded && total >= this.facetExactLimit };
  }

  /**
   * Whether a search with words walks its order's index or sorts its matches (PageStrategy): decided on the first page
   * from the planner's estimates, carried by the page token to the next ones. Without words: always the walk.
   *
   * `matches`, what the page's reads are sized by (the newest weeks, the top wage bands): the planner's estimate, or the
   * rarest required word's when higher (wordsBound). The strategy stays on the planner's own: a walk reads about
   * `needed x walked / matches`, so a walk chosen on too many expected matches costs more the fewer there are (two
   * common words that seldom go together), while weeks chosen on too many are checked and followed by every match.
   */
  private async pageStrategy(
    exec: Exec,
    s: NormalizedSearch,
    mode: MatchMode,
    cursor: SearchCursor | undefined,
  ): Promise<{ strategy: PageStrategy; matches?: number; walked?: number; anchor?: number; bandTries?: number[][] }> {
    if (mode === 'none') return { strategy: 'walk' };
    if (cursor) return { strategy: cursor.s ?? 'walk', ...(cursor.a === undefined ? {} : { anchor: cursor.a }) };
    const needed = this.needed(s);
    const ratio = s.region ? REGION_WALK_COST_RATIO : WALK_COST_RATIO;
    if (s.region) {
      // a region holds no more matches than published vacancies (the planner's estimates too: the words and filters only
      // multiply the region's share): where even that many would be sorted, the words' estimate could not choose otherwise
      // and is not asked. Most regencies (1,790 published vacancies on average at 1 M) in every order, and in wage order
      // every regency up to WAGE_SORT_MAX_MATCHES: an EXPLAIN fewer, its planning included
      const inRegion = Math.max(await this.walkEstimate(exec, s.region), 1);
      const walkedHere = walkedRegion(s) === s.region ? inRegion : Math.max(await this.walkEstimate(exec, walkedRegion(s)), 1);
      // (a province in wage order with more than wageBandsMinMatches may try the top wage bands: sized by the estimate)
      const sorted = choosePageStrategy(s.sort, { matches: inRegion, walked: walkedHere }, needed, ratio) === 'sort';
      if (sorted && !(triesWageBands(s, mode, 'sort') && inRegion > this.wageBandsMinMatches(s))) return { strategy: 'sort' };
    }
    const [planned, bound] = await Promise.all([exec(matchEstimateStatement(s, mode)).then(readPlanRows), this.wordsBound(exec, s, mode)]);
    const walked = Math.max(await this.walkEstimate(exec, walkedRegion(s)), 1);
    const matches = bound && bound.bound > planned ? bound.bound : planned;
    // in wage order, where the full-text index holds the wage bands, a page that tries them reads the matches of the bands
    // that hold it (wageBandsOf), however the words' wages sit in the catalogue's, where a walk from the highest wages
    // reads every better paid vacancy first: the walk is kept for words that match a good share of what it walks
    // (WAGE_WALK_MIN_SHARE), and where the statistics give no bands to try (a table never analyzed)
    const bandTries =
      matches < WAGE_WALK_MIN_SHARE * walked ? await this.wageBandsOf(exec, s, mode, 'sort', undefined, { matches, walked }) : [];
    const strategy = bandTries.length ? 'sort' : choosePageStrategy(s.sort, { matches: planned, walked }, needed, ratio);
    return { strategy, matches, walked, ...(bound ? { anchor: bound.anchor } : {}), ...(bandTries.length ? { bandTries } : {}) };
  }

  /**
   * The most matches a nationwide search with several required words (requiredWords) can have, by the planner: the
   * estimate of its rarest word, with the same filters (one EXPLAIN per word, at once). Only nationwide, where the newest
   * weeks or the top wage bands are read by it (a region's own full-text index has neither). In date and relevance order
   * 45 two-word first pages took 991 ms against 1,195 (1,124 against 1,315 run again), one at a time at 1 M vacancies. In
   * wage order the bands, tried by the catalogue's wages, miss for an occupation paid below it, and such pages took
   * longer with the bound; with the anchor asked for with the bands (no common word's entry intersected in the index,
   * the bands always in its condition) 24 two-word first pages took 558 ms against 673, 3 pages each 967 against 1,492
   * (some twice as long: 'operator produksi' 35 ms against 17, 'video editor' 14 against 73). undefined otherwise, or
   * when an estimate cannot be read. With the bound, the index of the word that gave it among requiredWords: the
   * search's anchor (NormalizedSearch.anchor, SearchCursor.a).
   */
  private async wordsBound(exec: Exec, s: NormalizedSearch, mode: MatchMode): Promise<{ bound: number; anchor: number } | undefined> {
    if (mode !== 'fts' || s.region) return undefined;
    const words = requiredWords(s.q);
    if (!words.length) return undefined;
    const each = await Promise.all(words.map((q) => exec(matchEstimateStatement({ ...s, q }, mode)).then(readPlanRows)));
    const bound = Math.min(...each);
    return Number.isFinite(bound) ? { bound, anchor: each.indexOf(bound) } : undefined;
  }

  /**
   * The wage bands a nationwide or provincial page in wage order that sorts its full-text matches tries before it reads
   * every match (wageBandTries, by the catalogue's wages: a province's matches are expected among the catalogue's at the
   * depth they would be nationwide; the full-text index intersects the words with the bands: migration 1700, and with
   * the province: triesWageBands). 'staf' in province 33 (12,006 matches at 1 M vacancies): 792 buffers for the top bands
   * against 11,884 for every match. On a first page, when the estimated matches are more than SORT_ALWAYS_MAX_MATCHES
   * nationwide (fewer are sorted in a few milliseconds, with their facets), PROVINCE_WAGE_BANDS_MIN_MATCHES in a province;
   * on its next pages, when the first page did (the token says so), from the token's key down, sized by the matches the
   * first page expected (the token's too; a token without them: by the key's rank). None otherwise.
   */
  private async wageBandsOf(
    exec: Exec,
    s: NormalizedSearch,
    mode: MatchMode,
    strategy: PageStrategy,
    cursor: SearchCursor | undefined,
    estimate: { matches?: number; walked?: number },
  ): Promise<number[][]> {
    if (!triesWageBands(s, mode, strategy)) return [];
    if (cursor ? cursor.w !== 1 : !(estimate.matches! > this.wageBandsMinMatches(s) && Number.isFinite(estimate.matches))) return [];
    const load = async () => readWageStats((await exec(wageStatsStatement()))[0]);
    const stats = (await this.wageStats.getOrLoad('wage_sort', [], load)).value ?? readWageStats(undefined);
    const published = estimate.walked ?? (await this.walkEstimate(exec, ''));
    const rows = s.size + 1;
    if (!cursor) return wageBandTries(stats, published, (rows * published) / estimate.matches!);
    const key = Number(cursor.k[0]);
    const above = wageShareAtLeast(stats, key) * published;
    // the page's depth below its key, by the matches its first page expected (the token's); without them, the key's rank
    if (cursor.e) return wageBandTries(stats, published, (rows * published) / cursor.e, key, above);
    return wageBandTries(stats, published, Math.max(rows, above), key);
  }

  /** The matches a first page in wage order must expect to try the top wage bands (nationwide, or in a province). */
  private wageBandsMinMatches(s: NormalizedSearch): number {
    return s.region ? this.provinceWageBandsMinMatches : SORT_ALWAYS_MAX_MATCHES;
  }

  /** The weeks a page of the matches older than `key` (a publication time) tries first (weeksBefore), when it may. */
  private weeksBeforeKey(s: NormalizedSearch, mode: MatchMode, strategy: PageStrategy, key: string): number[] | undefined {
    return sortsNationwide(s, mode, strategy) ? weeksBefore(Date.parse(key)) : undefined;
  }

  /**
   * The weeks a nationwide page in relevance or date order that sorts its full-text matches reads (the index intersects
   * them with the words: migration 1600), instead of every match:
   *  - a first page: the newest weeks that hold, by the estimates, what the page needs (its rows, or the relevance window;
   *    recentWeeks), which the page then checks; in date order its facets are counted by a statement of their own (over
   *    any of every match up to the limit, as a walking page's are), so it restricts only where that still saves; in
   *    relevance order they are counted from the window's matches when the window holds the facets' limit
   *    (facetsInWindow), nothing read besides;
   *  - a next page of the relevance window: the weeks from the window's oldest match on, which hold the whole window;
   *  - a next page in date order: the week of its last key and the one before (weeksBefore), checked.
   * undefined: every match is read, as in a region (whose own full-text index has no weeks), in wage order, or in the
   * typo-tolerant mode (another index).
   */
  private async weeksOf(
    exec: Exec,
    s: NormalizedSearch,
    mode: MatchMode,
    strategy: PageStrategy,
    cursor: SearchCursor | undefined,
    matches: number | undefined,
    wantFacets: boolean,
  ): Promise<number[] | undefined> {
    if (!sortsNationwide(s, mode, strategy) || s.sort === 'wage') return undefined;
    if (cursor?.t === 0 && cursor.b && s.sort === 'relevance') return weeksBetween(Date.parse(cursor.b[0]), Date.now());
    if (cursor) return s.sort === 'date' ? weeksBefore(Date.parse(cursor.k[0])) : undefined;
    if (matches === undefined) return undefined;
    const { needed, alsoRead } = this.weeksNeed(s, cursor, wantFacets);
    return recentWeeks(await this.publishedBounds(exec), matches, needed, Date.now(), alsoRead);
  }

  /**
   * The newest weeks a first page tries after `within` held only `found` of the matches it needs (widerWeeks: sized by
   * the matches those weeks imply); undefined: every match is read. Two-word searches whose rarer word sized the first
   * weeks (wordsBound) miss them when the words seldom go together: 'marketing manager', 830 matches, read 149 rows of
   * its newest weeks for a relevance window of 50 and then all 830.
   */
  private async widerWeeksOf(exec: Exec, s: NormalizedSearch, within: number[], found: number, wantFacets: boolean) {
    const { needed, alsoRead } = this.weeksNeed(s, undefined, wantFacets);
    return widerWeeks(await this.publishedBounds(exec), within, found, needed, Date.now(), alsoRead);
  }

  /**
   * What the newest weeks of a first page must hold (the relevance window, or a page and one), and what the page reads
   * besides over every match: the facets, up to their limit, unless the window's matches hold them. With them, only a
   * search with many matches saves.
   */
  private weeksNeed(s: NormalizedSearch, cursor: SearchCursor | undefined, wantFacets: boolean) {
    const alsoRead = wantFacets && !this.facetsInWindow(s, cursor) ? this.facetExactLimit : 0;
    return { needed: this.needed(s), alsoRead };
  }

  /** The matches a first page must find: the relevance window, or a page and one (to know a next page exists). */
  private needed(s: NormalizedSearch): number {
    return s.sort === 'relevance' ? this.rankWindow : s.size + 1;
  }

  /** The planner's histogram of publication times (publishedHistogramStatement), cached. */
  private async publishedBounds(exec: Exec): Promise<number[]> {
    const load = async () => (await exec(publishedHistogramStatement()))[0]?.bounds as number[];
    return ((await this.publishedHistogram.getOrLoad('published_at', [], load)).value ?? []).map(Number);
  }

  /**
   * Whether a first page in relevance order that reads the newest weeks counts its facets from the matches it collects:
   * the weeks' matches are kept only when they fill the relevance window (else every match is read, facets included),
   * so with a window of at least the facets' limit they hold that many matches, and the facets count them, the total
   * flagged as a lower bound, as over any other matches up to the limit. One statement fewer (the facets' own read 1,000
   * rows: 556 of them at 26 ms were a tenth of the statement time of a diverse bench round).
   */
  private facetsInWindow(s: NormalizedSearch, cursor: SearchCursor | undefined): boolean {
    return s.sort === 'relevance' && !cursor && this.rankWindow >= this.facetExactLimit;
  }

  /**
   * A region's walk estimate (walkEstimateStatement), planned once per WALK_ESTIMATE_TTL_MS, by one caller at a time; an
   * unreadable one is never kept (a failed load is not stored) and counts as unknown.
   */
  private async walkEstimate(exec: Exec, region: string): Promise<number> {
    const unreadable = new Error('the walk estimate could not be read');
    const load = async () => {
      const rows = readPlanRows(await exec(walkEstimateStatement(region)));
      if (!Number.isFinite(rows)) throw unreadable;
      return rows;
    };
    return this.walkEstimates.getOrLoad(region, [], load).then(
      (a) => a.value,
      (e: unknown) => {
        if (e === unreadable) return Infinity;
        throw e; // the database's own error (down, timed out): the search fails as it would on any statement
      },
    );
  }

  private async page(
    exec: Exec,
    s: NormalizedSearch,
    mode: MatchMode,
    cursor: SearchCursor | undefined,
    fingerprint: string,
    wantFacets: boolean,
  ): Promise<{ hits: VacancySearchHitRow[]; nextPageToken: string } & Partial<FacetAnswer>> {
    const limit = s.size + 1;
    type Tagged = VacancySearchHitRow & { tier: 0 | 1 };
    let rows: Tagged[] = [];
    let boundary: [string, string] | undefined;
    const tag = (rs: Record<string, unknown>[], tier: 0 | 1) => rs.map((r) => ({ ...(r as unknown as VacancySearchHitRow), tier }));
    const { strategy, matches, walked, anchor, bandTries: tried } = await this.pageStrategy(exec, s, mode, cursor);
    // the rarest required word, which the index is asked for with the weeks or bands (whereClause); an index past the
    // query's words (a forged token) is none
    const anchorWord = anchor === undefined ? undefined : requiredWords(s.q)[anchor];
    if (anchorWord) s = { ...s, anchor: anchorWord };
    // the facets of a first page: counted from the matches the page collects when it sorts them (one read of the matches),
    // else by a statement of their own on a second connection, while the page is read
    const weeks = await this.weeksOf(exec, s, mode, strategy, cursor, matches, wantFacets);
    const bandTries = tried ?? (await this.wageBandsOf(exec, s, mode, strategy, cursor, { matches, walked }));
    // (not when the page reads some weeks' or wage bands' matches only: the facets count any of every match, up to the
    // limit; except the relevance window's weeks, which hold the limit: facetsInWindow)
    const together =
      wantFacets && strategy === 'sort' && mode !== 'none' && !bandTries.length && (!weeks || this.facetsInWindow(s, cursor))
        ? this.facetExactLimit
        : undefined;
    let counted: FacetAnswer | undefined;
    const read = async (st: Statement) => {
      const rs = await exec(st);
      if (!together) return rs;
      const triples = (rs[0]?.facets ?? []) as [number, string | null, number][];
      counted = this.facetAnswer(
        triples.map(([g, value, n]) => ({ g, value, n })),
        true,
      );
      return rs.filter((r) => r.id !== null).map(({ facets: _facets, ...r }) => r);
    };
    const separately = wantFacets && !together ? this.facetsOf(exec, s, mode) : undefined;
    /**
     * Reads the page, from the matches of `within` weeks or of the wage `bands` only when given; false when those were too
     * few to be sure of the page (fewer than its rows, or than the relevance window): then the page is read again, from
     * the next bands tried or from every match.
     */
    let found = 0; // the matches of the weeks last read, when they held too few
    const pageRows = async (within: number[] | undefined, bands?: number[]): Promise<boolean> => {
      const sw = within ? { ...s, weeks: within } : s;
      if (s.sort === 'date') {
        rows = tag(await read(datePageStatement(sw, mode, undefined, cursor?.k, limit, strategy, together)), 1);
        found = rows.length;
        return !within || rows.length >= limit;
      }
      if (s.sort === 'wage') {
        // a try's bands are below those tried before it (wageBandTries): its matches follow theirs in wage order, so the
        // page is the tries' rows in turn, and it holds once they fill it (every match of a lower band is paid less)
        const before = bands ? rows : [];
        const st = wagePageStatement(bands ? { ...s, wageBands: bands } : s, mode, cursor?.k, limit - before.length, strategy, together);
        rows = [...before, ...tag(await read(st), 0)];
        return !bands || rows.length >= limit;
      }
      boundary = cursor?.b;
      if (!cursor || cursor.t === 0) {
        const ranked = await read(rankedPageStatement(sw, mode, this.rankWindow, boundary, cursor?.k, limit, strategy, together));
        // first page: a full window means older matches exist beyond it (tier 1), from its oldest row on
        const first = ranked[0];
        const full = !!first && Number(first.window_count) >= this.rankWindow;
        // the newest weeks' matches hold the window only if they fill it (a next page's weeks hold its window: exact)
        if (within && !cursor && !full) {
          found = first ? Number(first.window_count) : 0;
          return false;
        }
        if (!cursor && full) boundary = [String(first.boundary_ts), String(first.boundary_id)];
        rows = tag(ranked, 0);
      }
      if (rows.length < limit && boundary) {
        // the matches older than the window: first from the weeks of the last key (or the boundary) and the one before
        // (nationwide, sorting them), else from every week
        const after = cursor?.t === 1 ? cursor.k : undefined;
        const needed = limit - rows.length;
        const before = this.weeksBeforeKey(s, mode, strategy, (after ?? boundary)[0]);
        let older = before ? await exec(datePageStatement({ ...s, weeks: before }, mode, boundary, after, needed, strategy)) : [];
        if (older.length < needed) older = await exec(datePageStatement(s, mode, boundary, after, needed, strategy));
        rows.push(...tag(older, 1));
      }
      return true;
    };
    const readPage = async () => {
      for (const bands of bandTries) if (await pageRows(undefined, bands)) return;
      if (await pageRows(weeks)) return;
      // the newest weeks held too few: a first page tries the weeks their matches imply, then every match
      const wider = weeks && !cursor ? await this.widerWeeksOf(exec, s, weeks, found, wantFacets) : undefined;
      if (!(wider && (await pageRows(wider)))) await pageRows(undefined);
    };
    const [, facets] = await Promise.all([readPage(), separately]);
    counted ??= facets;
    const hits = rows.slice(0, s.size);
    // the matches the first page expected, which its next pages' wage band tries are sized by (kept from page to page)
    const expected = cursor
      ? cursor.e
      : matches !== undefined && Number.isFinite(matches)
        ? Math.min(MAX_CURSOR_MATCHES, Math.max(1, Math.round(matches)))
        : undefined;
    let nextPageToken = '';
    if (rows.length > s.size) {
      const last = hits[hits.length - 1];
      const key: [string, string] =
        s.sort === 'wage'
          ? [String(last.wage_sort), last.id]
          : last.tier === 0 && s.sort === 'relevance'
            ? [last.score_text, last.id]
            : [last.published_text, last.id];
      nextPageToken = encodeCursor({
        f: fingerprint,
        m: mode,
        ...(mode === 'trgm' ? { c: s.q } : {}),
        ...(boundary ? { b: boundary } : {}),
        t: s.sort === 'relevance' ? last.tier : 0,
        k: key,
        ...(strategy === 'sort' ? { s: 'sort' as const } : {}),
        ...(bandTries.length ? { w: 1 as const, ...(expected ? { e: expected } : {}) } : {}),
        ...(anchorWord ? { a: anchor } : {}),
      });
    }
    return { hits: hits.map(({ tier: _tier, ...h }) => ({ ...h, score: Number(h.score) })), nextPageToken, ...(counted ?? {}) };
  }
}
