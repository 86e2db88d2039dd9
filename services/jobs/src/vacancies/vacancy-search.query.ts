import { createHash } from 'node:crypto';
import {
  EDUCATION_LEVELS,
  isKbji,
  isRegionCode,
  isRfc3339Timestamp,
  listKbliMainGroups,
  normalizeRegionCode,
  parseYmd,
  validateKbli,
} from '@siapkerja/codes';
import { findUnstorableString, Violations } from '@siapkerja/errors';
import { isTimestampText, isUuid, type SqlStatement } from '@siapkerja/persistence';
import { FACET_COUNT_TABLES } from '../migrations/1763800000900-vacancy-facet-counts';
import { FACET_COUNT_DELTAS } from '../migrations/1763800001200-vacancy-facet-count-deltas';
import { WAGE_BAND_BOUNDS } from '../migrations/1763800001700-vacancy-search-wage-bands';
import { EMPLOYMENT_TYPES } from './vacancy.entity';

/**
 * The SQL of the Karirhub vacancy search, kept apart from the service so the benchmark can run exactly the same
 * statements straight through `pg` (tools/bench).
 *
 * Plan: every statement filters first (state = 'PUBLISHED', which every search index is partial on, then province /
 * regency and the other filters), and ranks a bounded candidate set:
 *  - relevance: ts_rank is computed only over the newest RANK_WINDOW matches (tier 0); the matches older than that
 *    window (tier 1) follow in date order. The window's boundary (published_at, id of its last row) is fixed on the
 *    first page and carried in the page token, so paging walks every match exactly once, with no result cap.
 *  - date and wage: keyset on (published_at, id) / (wage_sort, id) over partial B-tree indexes.
 *  - full text: `search_vector @@ (websearch_to_tsquery('simple', q) || websearch_to_tsquery('english', q))` over a GIN
 *    index per province (migration 700: a province or regency filter reads only that province's posting lists), or the
 *    combined `(search_vector, province_code)` index when no region is given.
 *  - relevance is scored with ts_rank on `rank_vector` (position name A, skills B), small enough to score a window cheaply
 *    (ts_rank_cd, cover density, costs ~1.3 µs more per row; on a title and a few skills, weights and frequency are what count).
 *  - typo tolerance: when the full text finds nothing, each unknown word is replaced by the most similar word of the
 *    dictionary of position-name words (vacancy_title_words, trigram index), and the corrected words are matched on
 *    position names and skills (`rank_vector`, GIN index with the province).
 */

export const SEARCH_SORTS = ['relevance', 'date', 'wage'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export type MatchMode = 'none' | 'fts' | 'trgm';

export const DEFAULT_SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE_SIZE = 100;
/** Matches ranked by ts_rank / similarity per query (the newest ones); older matches follow by date. */
export const DEFAULT_RANK_WINDOW = 1000;
/** Trigram similarity a dictionary word needs to replace a misspelt word ('progamer' vs 'programmer' is 0.43). */
export const TRGM_THRESHOLD = 0.4;

/**
 * The corrections of a query's words against the dictionary of position-name words: for each word, whether it is a
 * known word and the most similar known word at or above TRGM_THRESHOLD (trigram similarity, index-assisted by `%`).
 */
export function typoCorrectionStatement(words: string[]): Statement {
  return {
    text: `SELECT w.q, w.ord, EXISTS (SELECT 1 FROM vacancy_title_words t WHERE t.word = w.q) AS known,
        (SELECT t.word FROM vacancy_title_words t WHERE t.word % w.q AND similarity(t.word, w.q) >= $2
          ORDER BY similarity(t.word, w.q) DESC, length(t.word), t.word LIMIT 1) AS fix
      FROM unnest($1::text[]) WITH ORDINALITY AS w(q, ord) ORDER BY w.ord`,
    values: [words, TRGM_THRESHOLD],
  };
}

/** The plain words of a query (lower case, letters and digits), as the dictionary holds them. */
export function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}
export const MAX_QUERY_LENGTH = 200;

export interface VacancySearchInput {
  q?: string;
  /** province (NN) or regency (NN.NN) */
  region?: string;
  /** KBJI code prefix of any level (1-4 digits, or NNNN.NN) */
  kbji?: string;
  /** KBLI category letter (A-U) or code prefix (2-5 digits) */
  kbli?: string;
  minEducation?: string;
  wageMin?: number;
  wageMax?: number;
  employmentType?: string;
  overseas?: boolean;
  /** YYYY-MM-DD (from that day's start in WIB) or an RFC 3339 timestamp */
  postedSince?: string;
  sort?: string;
  pageSize?: number;
  pageToken?: string;
  /** default true: facet counts and the total on the first page */
  facets?: boolean;
}

export interface NormalizedSearch {
  q: string;
  region: string;
  kbji: string;
  kbli: string;
  minEducation: string;
  wageMin: number;
  wageMax: number;
  employmentType: string;
  overseas: boolean | null;
  postedSince: string;
  sort: SearchSort;
  size: number;
  facets: boolean;
  /**
   * Never from the client: the service's restriction of a nationwide search with words to the vacancies published in
   * these weeks (`vacancy_week`, migration 1600), which the full-text index intersects with the words (see recentWeeks).
   */
  weeks?: number[];
  /**
   * Never from the client: the service's restriction of a nationwide search with words in wage order to the vacancies of
   * these wage bands (`vacancy_wage_band`, migration 1700), which the full-text index intersects with the words (see
   * wageBandTries).
   */
  wageBands?: number[];
  /**
   * Never from the client: the rarest of the search's required words (requiredWords), by the planner's estimates. With
   * weeks or wage bands, the full-text index is asked for it alone and the whole query is tested on the rows read (see
   * whereClause).
   */
  anchor?: string;
}

/** Page token (opaque to clients: base64url JSON). */
export interface SearchCursor {
  /** filter fingerprint: a token only continues the search it came from */
  f: string;
  m: MatchMode;
  /** relevance window boundary [published_at text, id]; absent when every match was ranked */
  b?: [string, string];
  /** typo-tolerant searches: the corrected words the later pages search with */
  c?: string;
  /** tier of the last row: 0 ranked, 1 date order after the window */
  t: 0 | 1;
  /** key of the last row: [score text | published_at text | wage, id] */
  k: [string, string];
  /** a search with words whose first page sorted its matches (PageStrategy 'sort'): its next pages do too */
  s?: 'sort';
  /** a nationwide search in wage order whose matches were many enough to try the top wage bands first (wageBandTries) */
  w?: 1;
  /**
   * with `w`: the matches its first page expected, which size its next pages' tries below their key (wageBandTries'
   * `fromRank`); a token without it (or a forged one) sizes them by the key's rank alone, the same answers either way
   */
  e?: number;
  /**
   * the anchor of a search with several required words (NormalizedSearch.anchor): its index in requiredWords of the
   * query. Any required word gives the same rows (the whole query is tested on them), so a forged one changes no answer
   */
  a?: number;
}

/** The most matches a page token may say its search's first page expected (SearchCursor.e): more than any catalogue. */
export const MAX_CURSOR_MATCHES = 1_000_000_000;

export function encodeCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(token: string): SearchCursor | undefined {
  try {
    const c = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const keyOk = Array.isArray(c?.k) && c.k.length === 2 && typeof c.k[0] === 'string' && c.k[0].length <= 64 && isUuid(c.k[1]);
    const boundaryOk =
      c?.b === undefined ||
      (Array.isArray(c.b) && c.b.length === 2 && typeof c.b[0] === 'string' && isTimestampText(c.b[0]) && isUuid(c.b[1]));
    // the corrected words are searched with as written: nothing PostgreSQL cannot store (a NUL fails the statement)
    const correctedOk =
      c?.c === undefined || (typeof c.c === 'string' && c.c.length <= MAX_QUERY_LENGTH && findUnstorableString(c.c) === undefined);
    const strategyOk =
      (c?.s === undefined || c.s === 'sort') &&
      (c?.w === undefined || c.w === 1) &&
      (c?.e === undefined || (Number.isInteger(c.e) && c.e >= 1 && c.e <= MAX_CURSOR_MATCHES)) &&
      (c?.a === undefined || (Number.isInteger(c.a) && c.a >= 0 && c.a < MAX_ESTIMATED_WORDS));
    if (
      typeof c?.f === 'string' &&
      ['none', 'fts', 'trgm'].includes(c.m) &&
      (c.t === 0 || c.t === 1) &&
      keyOk &&
      boundaryOk &&
      correctedOk &&
      strategyOk
    )
      return c as SearchCursor;
  } catch {
    /* malformed */
  }
  return undefined;
}

/**
 * Whether a page token's key is what its search's order reads back (a timestamp, a wage, a score) as SQL accepts it: a
 * client can forge a token (its fingerprint is no secret), and a key the statement cannot read would fail it (500).
 */
function cursorKeyFits(c: SearchCursor, sort: SearchSort): boolean {
  const k = c.k[0];
  if (sort === 'wage') return /^-?\d{1,18}$/.test(k);
  if (sort === 'relevance' && c.t === 0) return /^-?\d+(\.\d+)?(e[+-]?\d{1,2})?$/i.test(k) && Math.abs(Number(k)) <= 3.4e38;
  return isTimestampText(k);
}

function wibDayStart(ymd: string): string {
  return `${ymd}T00:00:00+07:00`;
}

/** Validates the input, naming every bad field (-> 400 problem+json), and applies the defaults. */
export function normalizeSearch(input: VacancySearchInput): { search: NormalizedSearch; cursor?: SearchCursor; fingerprint: string } {
  const v = new Violations();
  const q = (input.q ?? '').trim().replace(/\s+/g, ' ');
  v.check(q.length <= MAX_QUERY_LENGTH, 'q', `must be at most ${MAX_QUERY_LENGTH} characters`);
  const regionAsSent = input.region ?? '';
  v.check(
    !regionAsSent || isRegionCode(regionAsSent, 'province') || isRegionCode(regionAsSent, 'regency'),
    'region',
    'must be an existing province (NN) or regency (NN.NN) code',
  );
  // as the code list writes it (validated above: ' 33.73', '33.73\n' and '3373' are 33.73, ' 33' is 33): the filter, the
  // page token's fingerprint and the cached walk estimates see one search whichever way the region was written
  const region = normalizeRegionCode(regionAsSent) ?? '';
  const kbji = input.kbji ?? '';
  v.check(!kbji || isKbji(kbji), 'kbji', 'must be a KBJI 2014 code of any level (1 to 4 digits, e.g. 2 or 2512, or 2512.01)');
  const kbliRaw = (input.kbli ?? '').toUpperCase();
  const kbliOk = !kbliRaw || /^[A-U]$/.test(kbliRaw) || validateKbli(kbliRaw).valid;
  v.check(kbliOk, 'kbli', 'must be a KBLI 2020 category letter (A-U) or a code prefix of 2 to 5 digits (e.g. 62 or 62019)');
  const kbli = /^[A-U]$/.test(kbliRaw) || !kbliOk || !kbliRaw ? kbliRaw : (validateKbli(kbliRaw) as { code: string }).code;
  const minEducation = input.minEducation ?? '';
  v.check(
    !minEducation || (EDUCATION_LEVELS as readonly string[]).includes(minEducation),
    'minEducation',
    `must be one of ${EDUCATION_LEVELS.join(', ')}`,
  );
  const employmentType = input.employmentType ?? '';
  v.check(
    !employmentType || (EMPLOYMENT_TYPES as readonly string[]).includes(employmentType),
    'employmentType',
    `must be one of ${EMPLOYMENT_TYPES.join(', ')}`,
  );
  const wageMin = input.wageMin ?? 0;
  const wageMax = input.wageMax ?? 0;
  v.check(Number.isSafeInteger(wageMin) && wageMin >= 0, 'wageMin', 'must be rupiah per month, 0 or more');
  v.check(Number.isSafeInteger(wageMax) && wageMax >= 0, 'wageMax', 'must be rupiah per month, 0 (no upper bound) or more');
  if (wageMin && wageMax) v.check(wageMin <= wageMax, 'wageMax', 'must not be below wageMin');
  let postedSince = '';
  if (input.postedSince) {
    const s = input.postedSince;
    if (parseYmd(s)) postedSince = wibDayStart(s);
    else if (isRfc3339Timestamp(s)) postedSince = new Date(s).toISOString();
    else v.check(false, 'postedSince', 'must be a date YYYY-MM-DD or an RFC 3339 timestamp');
  }
  const sortRaw = input.sort || (q ? 'relevance' : 'date');
  v.check((SEARCH_SORTS as readonly string[]).includes(sortRaw), 'sort', `must be one of ${SEARCH_SORTS.join(', ')}`);
  // relevance without words to rank by is date order
  const sort: SearchSort = sortRaw === 'relevance' && !q ? 'date' : (sortRaw as SearchSort);
  const pageSize = input.pageSize ?? 0;
  v.check(Number.isInteger(pageSize) && pageSize >= 0, 'pageSize', 'must not be negative');
  const search: NormalizedSearch = {
    q,
    region,
    kbji,
    kbli,
    minEducation,
    wageMin,
    wageMax,
    employmentType,
    overseas: input.overseas ?? null,
    postedSince,
    sort,
    size: Math.min(pageSize || DEFAULT_SEARCH_PAGE_SIZE, MAX_SEARCH_PAGE_SIZE),
    facets: input.facets ?? true,
  };
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([
        q.toLowerCase(),
        region,
        kbji,
        kbli,
        minEducation,
        wageMin,
        wageMax,
        employmentType,
        search.overseas,
        postedSince,
        sort,
      ]),
    )
    .digest('base64url')
    .slice(0, 16);
  let cursor: SearchCursor | undefined;
  if (input.pageToken) {
    cursor = decodeCursor(input.pageToken);
    v.check(
      !!cursor && cursor.f === fingerprint && cursorKeyFits(cursor, sort),
      'pageToken',
      'is not a page token of this search (the query, filters and sort must stay the same)',
    );
  }
  v.throwIfAny();
  return { search, cursor, fingerprint };
}

/** Positional parameters of one statement. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

/**
 * The text-search query: the words matched with 'simple' (as written, Indonesian) or with 'english' (stemmed). The
 * 'estimate' form is the query whose matches are the same, for the planner's estimate of their number (matchEstimateStatement).
 */
export function tsQueryExpr(p: Params, q: string, form: 'match' | 'estimate' = 'match'): string {
  const ref = p.add(q);
  if (form === 'estimate')
    return `CASE WHEN numnode(websearch_to_tsquery('english', ${ref})) = 0 THEN websearch_to_tsquery('simple', ${ref}) ELSE websearch_to_tsquery('english', ${ref}) END`;
  return `(websearch_to_tsquery('simple', ${ref}) || websearch_to_tsquery('english', ${ref}))`;
}

/**
 * WHERE of the published catalogue with the filters and, unless mode is 'none', the text match (in the 'estimate' form:
 * the same matches, as the planner can estimate them; see matchEstimateStatement).
 */
export function whereClause(s: NormalizedSearch, mode: MatchMode, p: Params, alias = 'v', form: 'match' | 'estimate' = 'match'): string {
  const w: string[] = [`${alias}.state = 'PUBLISHED'`];
  if (s.region.length === 2) w.push(`${alias}.province_code = ${p.add(s.region)}`);
  // a regency also names its province, so the province's partial full-text index serves it
  else if (s.region) w.push(`${alias}.province_code = ${p.add(s.region.slice(0, 2))}`, `${alias}.region_code = ${p.add(s.region)}`);
  // a unit or minor group (4 or 3 digits) as the indexed expression (migrations 410, 910: statistics, date order, counts);
  // a major or sub-major group (1, 2 digits) is common enough to be found walking the date order, except with words
  // nationwide: the nationwide full-text index holds every level of the group and intersects it with the words (migration
  // 1800). A prefix of the code is the same test as LIKE, for any code.
  if (/^\d{3,4}$/.test(s.kbji) || (/^\d{1,4}$/.test(s.kbji) && mode === 'fts' && !s.region))
    w.push(`left(${alias}.kbji_code, ${s.kbji.length}) = ${p.add(s.kbji)}`);
  else if (s.kbji) {
    // an occupation (NNNN.NN) names its unit group too, as the indexed expression: the planner then estimates the few
    // vacancies of the occupation from the unit group's own statistics and reads them from its index, where the code
    // alone it took for as common as its prefix and walked the whole date or wage index (2.1-3.0 s at 1 M vacancies
    // for an occupation no vacancy holds); with words nationwide, the full-text index intersects them with the unit
    // group ('operator' with 7533.01: 158-203 ms against 686-799)
    if (s.kbji.length > 4) w.push(`left(${alias}.kbji_code, 4) = ${p.add(s.kbji.slice(0, 4))}`);
    w.push(`${alias}.kbji_code LIKE ${p.add(`${s.kbji}%`)}`);
  }
  if (/^[A-U]$/.test(s.kbli))
    w.push(
      `left(${alias}.kbli_code, 2) = ANY(${p.add(
        listKbliMainGroups(s.kbli).map((g) => g.code),
        'text[]',
      )})`,
    );
  else if (s.kbli) w.push(`${alias}.kbli_code LIKE ${p.add(`${s.kbli}%`)}`);
  if (s.minEducation) w.push(`${alias}.min_education = ${p.add(s.minEducation)}`);
  if (s.employmentType) w.push(`${alias}.employment_type = ${p.add(s.employmentType)}`);
  if (s.overseas !== null) w.push(`${alias}.overseas = ${p.add(s.overseas, 'boolean')}`);
  // a wage filter only ever matches shown wages (wage_sort is -1 when hidden): a hidden wage must not leak through a filter
  if (s.wageMin || s.wageMax) w.push(`${alias}.wage_sort >= ${p.add(s.wageMin, 'bigint')}`);
  if (s.wageMax) w.push(`coalesce(${alias}.wage_min, ${alias}.wage_max) <= ${p.add(s.wageMax, 'bigint')}`);
  if (s.postedSince) w.push(`${alias}.published_at >= ${p.add(s.postedSince, 'timestamptz')}`);
  // several required words with weeks or wage bands: the index is asked for the rarest word (the anchor), the whole query
  // tested on the rows by the operator's function, which the planner estimates apart and the index cannot serve. The
  // planner multiplies the shares of words it takes as independent ('video editor': 79 expected, 6,175 matches), and on
  // so few left the weeks out of the index's condition, testing them on every match's row (6,126 buffers, 84 ms); asked
  // for the anchor, it puts the weeks in (248 buffers, 1.6 ms). Every match of the query holds the anchor: the same rows.
  if (mode === 'fts' && s.anchor && form === 'match' && (s.weeks || s.wageBands))
    w.push(`${alias}.search_vector @@ ${tsQueryExpr(p, s.anchor)}`, `ts_match_vq(${alias}.search_vector, ${tsQueryExpr(p, s.q)})`);
  else if (mode === 'fts') w.push(`${alias}.search_vector @@ ${tsQueryExpr(p, s.q, form)}`);
  if (s.weeks) w.push(`vacancy_week(${alias}.published_at) = ANY(${p.add(s.weeks, 'int[]')})`);
  if (s.wageBands) w.push(`vacancy_wage_band(${alias}.wage_sort) = ANY(${p.add(s.wageBands, 'int[]')})`);
  // typo-tolerant mode: s.q holds the corrected words, matched on position names and skills only
  if (mode === 'trgm') w.push(`${alias}.rank_vector @@ ${tsQueryExpr(p, s.q, form)}`);
  return w.join(' AND ');
}

export function scoreExpr(s: NormalizedSearch, mode: MatchMode, p: Params, alias = 'v'): string {
  if (mode === 'fts') return `ts_rank(${alias}.rank_vector, ${tsQueryExpr(p, s.q)})`;
  if (mode === 'trgm') return `ts_rank(${alias}.rank_vector, ${tsQueryExpr(p, s.q)})`;
  return '0::real';
}

/** Columns of a result row (the employer's legal name is joined on the page only). */
const HIT_COLUMNS = `v.id, v.employer_id, v.position_name, v.kbji_code, v.kbli_code, v.region_code, v.number_needed, v.valid_from::text AS valid_from,
  v.valid_until::text AS valid_until, v.min_education, v.employment_type, v.overseas, v.destination_country, v.skills, v.wage_min, v.wage_max,
  v.wage_hidden, v.published_at, v.published_at::text AS published_text, v.wage_sort, left(v.description, 300) AS snippet`;
const HIT_NAMES = [
  'id',
  'employer_id',
  'position_name',
  'kbji_code',
  'kbli_code',
  'region_code',
  'number_needed',
  'valid_from',
  'valid_until',
  'min_education',
  'employment_type',
  'overseas',
  'destination_country',
  'skills',
  'wage_min',
  'wage_max',
  'wage_hidden',
  'published_at',
  'published_text',
  'wage_sort',
  'snippet',
];
const pick = (alias: string) => HIT_NAMES.map((n) => `${alias}.${n}`).join(', ');

export interface Statement extends SqlStatement {
  /**
   * Run as a prepared statement with one generic plan (SqlRunner.prepared): set only where the best plan is the same for
   * every value, i.e. a walk of a region's date index with equality filters, and the sums of the summary tables.
   */
  prepared?: boolean;
}

const withEmployer = (inner: string, order: string): string =>
  `SELECT p.*, e.legal_name AS employer_name FROM (${inner}) p LEFT JOIN employers e ON e.id = p.employer_id ORDER BY ${order}`;

/**
 * Tier 0 of the relevance order in one statement: the window (on the first page the newest `window` matches, later the
 * matches at or after the boundary carried in the token) is read once, scored, and paged by (score, id). Every row also
 * carries the window's size and its oldest row, from which the first page takes the boundary.
 */
export function rankedPageStatement(
  s: NormalizedSearch,
  mode: MatchMode,
  window: number,
  boundary: [string, string] | undefined,
  after: [string, string] | undefined,
  limit: number,
  strategy: PageStrategy = 'walk',
  facets?: number,
): Statement {
  const p = new Params();
  const where = whereClause(s, mode, p);
  const sorted = strategy === 'sort' && mode !== 'none';
  const inWindow = boundary ? ` AND (v.published_at, v.id) >= (${p.add(boundary[0], 'timestamptz')}, ${p.add(boundary[1], 'uuid')})` : '';
  const cap = boundary ? '' : ` LIMIT ${p.add(window, 'int')}`;
  const score = (alias: string) => (mode === 'none' ? '0::real' : `ts_rank(${alias}.rank_vector, ${tsQueryExpr(p, s.q)})`);
  // 'sort': every match is collected from the full-text index first (id, date and the vector it is ranked by), and the
  // window is cut from them: walking the date index testing each vacancy against the words read 80,000 vacancies (670 ms)
  // to find the newest 1,000 of the 11,765 matches of 'mekanik' nationwide; collecting them takes 48 ms
  const windowRows = sorted
    ? `m AS MATERIALIZED (SELECT v.id, v.published_at, v.rank_vector${facets ? `, ${FACET_COLUMNS}` : ''} FROM vacancies v WHERE ${where}${inWindow}),
    w AS MATERIALIZED (
      SELECT m.id, m.published_at, m.published_at::text AS published_text, ${score('m')} AS score FROM m
       ORDER BY m.published_at DESC, m.id DESC${cap})`
    : `w AS MATERIALIZED (
      SELECT v.id, v.published_at, v.published_at::text AS published_text, ${score('v')} AS score FROM vacancies v WHERE ${where}${inWindow}
       ORDER BY v.published_at DESC, v.id DESC${cap})`;
  const keyset = after ? ` WHERE (r.score, r.id) < (${p.add(after[0], 'real')}, ${p.add(after[1], 'uuid')})` : '';
  // the window carries only what orders it (id, date, score); the page's 21 rows are read in full at the end
  const ctes = `${windowRows},
    b AS (SELECT w.published_text, w.id FROM w ORDER BY w.published_at, w.id LIMIT 1),
    r AS (SELECT w.id, w.score FROM w)`;
  const page = `SELECT ${HIT_COLUMNS}, p.score, p.score::text AS score_text, e.legal_name AS employer_name,
      (SELECT count(*) FROM w)::int AS window_count, (SELECT b.published_text FROM b) AS boundary_ts, (SELECT b.id FROM b) AS boundary_id
    FROM (SELECT r.* FROM r${keyset} ORDER BY r.score DESC, r.id DESC LIMIT ${p.add(limit, 'int')}) p
    JOIN vacancies v ON v.id = p.id
    LEFT JOIN employers e ON e.id = v.employer_id`;
  const text =
    sorted && facets
      ? withFacetsOfMatches(p, ctes, page, 'pg.score DESC, pg.id DESC', facets)
      : `WITH ${ctes}
    ${page} ORDER BY p.score DESC, p.id DESC`;
  return { text, values: p.values };
}

/**
 * The page's rows in `order`. Without words, the keys are found first by an index-only walk (migration 910: the filters
 * are tested on index entries) and only the `limit` rows kept are read from the table; with words, the matches come from
 * the full-text index and are read anyway.
 */
function pageRows(mode: MatchMode, where: string, order: string, limit: string): string {
  if (mode !== 'none') return `SELECT ${HIT_COLUMNS}, v.rank_vector AS sv FROM vacancies v WHERE ${where} ORDER BY ${order} LIMIT ${limit}`;
  return `SELECT ${HIT_COLUMNS} FROM (SELECT v.id FROM vacancies v WHERE ${where} ORDER BY ${order} LIMIT ${limit}) k JOIN vacancies v ON v.id = k.id`;
}

/** Date order (sort=date, or relevance tier 1: matches older than the window boundary). */
export function datePageStatement(
  s: NormalizedSearch,
  mode: MatchMode,
  before: [string, string] | undefined,
  after: [string, string] | undefined,
  limit: number,
  strategy: PageStrategy = 'walk',
  facets?: number,
): Statement {
  const p = new Params();
  const where = whereClause(s, mode, p);
  const extra: string[] = [];
  if (before) extra.push(`(v.published_at, v.id) < (${p.add(before[0], 'timestamptz')}, ${p.add(before[1], 'uuid')})`);
  if (after) extra.push(`(v.published_at, v.id) < (${p.add(after[0], 'timestamptz')}, ${p.add(after[1], 'uuid')})`);
  const filtered = `${where}${extra.map((e) => ` AND ${e}`).join('')}`;
  const order = 'p.published_at DESC, p.id DESC';
  if (strategy === 'sort' && mode !== 'none') {
    // the matches collected from the full-text index first, the page cut from them (see PageStrategy)
    const matches = `SELECT v.id, v.published_at${facets ? `, ${FACET_COLUMNS}` : ''} FROM vacancies v WHERE ${filtered}`;
    const inner = `SELECT ${HIT_COLUMNS}, v.rank_vector AS sv FROM (SELECT m.id FROM m ORDER BY m.published_at DESC, m.id DESC LIMIT ${p.add(limit, 'int')}) k JOIN vacancies v ON v.id = k.id`;
    const page = withEmployer(`SELECT ${pick('d')}, ${pageScore(s, mode, p)} AS score, '' AS score_text FROM (${inner}) d`, order);
    const ctes = `m AS MATERIALIZED (${matches})`;
    return {
      text: facets ? withFacetsOfMatches(p, ctes, page, 'pg.published_at DESC, pg.id DESC', facets) : `WITH ${ctes} ${page}`,
      values: p.values,
    };
  }
  const inner = pageRows(mode, filtered, 'v.published_at DESC, v.id DESC', p.add(limit, 'int'));
  return {
    text: withEmployer(`SELECT ${pick('d')}, ${pageScore(s, mode, p)} AS score, '' AS score_text FROM (${inner}) d`, order),
    values: p.values,
    // without words, in a region and with no wage bound, the page is a walk of the region's date index (or of its
    // occupation's, for a 3- or 4-digit KBJI group) whatever the values: prepared, it is never planned again
    prepared: mode === 'none' && !!s.region && !s.wageMin && !s.wageMax,
  };
}

/**
 * How a page of a search with words is found, in any order: 'walk' the order's index (date or wage) from the top,
 * testing each vacancy against the words until the page (or the relevance window) is full, which is fast when the words
 * match many of the vacancies walked; or 'sort': collect the matches from the full-text index first, then cut the page
 * from them, which costs in proportion to the matches, whatever their order. Measured on 1 M vacancies: walking from the
 * highest wages for 'satpam' in a province read 229,000 vacancies (0.9 s) to find 21 of its 1,326 matches, sorting them
 * takes 7 ms; for 'staf' (123,000 matches nationwide) the walk takes 2 ms and the sort 380 ms. The planner itself misjudges
 * this (it prices the walk's heap reads as if they were in order, and assumes the words and the other filters independent:
 * 'programmer' with KBJI 5414 matches nothing, and walking the whole date index for it took 313 ms), so the service picks,
 * on the first page, from the planner's two estimates (choosePageStrategy), and the page token carries the choice.
 */
export type PageStrategy = 'walk' | 'sort';
/** Up to this many estimated matches, a text search in wage order sorts its matches (wages and occupations correlate). */
export const WAGE_SORT_MAX_MATCHES = 20_000;
/** Up to this many estimated matches, a text search sorts its matches in any order (a few milliseconds at most). */
export const SORT_ALWAYS_MAX_MATCHES = 2_000;
/**
 * A walk reads about `needed x walked / matches` vacancies, each a heap read with the words tested (about 8 us here);
 * sorting reads each match once from the full-text index (about 4 us): sorting is cheaper while
 * matches^2 <= WALK_COST_RATIO x needed x walked.
 */
export const WALK_COST_RATIO = 2;
/**
 * WALK_COST_RATIO in a region, whose sorting pages read every match (a nationwide one reads the newest weeks' only, so it
 * sorts more cheaply than its estimate says). Measured at 1 M vacancies, relevance first pages in provinces 31-36, best of
 * 3 one at a time: 10,319-16,874 matches (ratio 1: walked; 2: sorted) 50-63 ms walking against 87-155 ms sorting; 64
 * provincial searches of 8 words 1,058 ms against 1,680 (3 pages: 2,233 against 3,068), the same answers. Nationwide the
 * ratio stays: 'operator' walked took 135 ms against 44 sorting its newest weeks. Date order (a page and one needed) and
 * wage order (sorted up to WAGE_SORT_MAX_MATCHES) decide the same either way in a region.
 */
export const REGION_WALK_COST_RATIO = 1;

/**
 * The planner's estimates for a search with words: its matches, and the vacancies the walk of its order reads through
 * (the region's published vacancies for the date order; the whole catalogue for the wage order, whose index is national).
 * A walk tests its other filters on each vacancy it reads, with the words.
 */
export interface MatchEstimate {
  matches: number;
  walked: number;
}

/**
 * 'sort' or 'walk' for a search with words (PageStrategy), from the planner's estimates: `needed` is how many matches the
 * walk must find (the relevance window, or a page and one); `ratio`: WALK_COST_RATIO, or REGION_WALK_COST_RATIO. A
 * search it sorts, it sorts with any fewer matches too (each rule is an upper bound on them): the service relies on it to
 * sort a region's searches without the words' estimate when the region's published vacancies would be sorted.
 */
export function choosePageStrategy(sort: SearchSort, e: MatchEstimate, needed: number, ratio = WALK_COST_RATIO): PageStrategy {
  if (e.matches <= SORT_ALWAYS_MAX_MATCHES) return 'sort';
  if (sort === 'wage' && e.matches <= WAGE_SORT_MAX_MATCHES) return 'sort';
  return e.matches * e.matches <= ratio * needed * e.walked ? 'sort' : 'walk';
}

/**
 * The planner's estimate of a search's matches (EXPLAIN: nothing is read). Its text match is the words' 'english' query
 * alone (or the 'simple' one when the 'english' one is empty: only stop words), which matches the same vacancies as the
 * query ORing the two: a vacancy's vectors hold the 'english' stems of all its words, and the 'english' query drops
 * stop words, so it matches every vacancy the 'simple' one does. Estimating the ORed query instead, the planner took
 * the two as independent and expected up to twice the matches ('jahit' | 'jahit': 36,196 for 18,364; 'service' |
 * 'servic': 27,213 for 13,922; the 'english' query alone: 18,280 and 13,709), and a wage-ordered search it should have
 * sorted walked the national wage index instead (nationwide 'jahit': 875 ms, sorted 162: wages and occupations correlate).
 */
export function matchEstimateStatement(s: NormalizedSearch, mode: MatchMode): Statement {
  const p = new Params();
  return { text: `EXPLAIN (FORMAT JSON) SELECT 1 FROM vacancies v WHERE ${whereClause(s, mode, p, 'v', 'estimate')}`, values: p.values };
}

/** At most so many words of a search are estimated one by one (requiredWords). */
export const MAX_ESTIMATED_WORDS = 4;

/**
 * The words of a search's text when it requires every one of them (plain words: no phrase, `or` or excluded word), two
 * to MAX_ESTIMATED_WORDS of them; none otherwise. A vacancy matches such a search only if it matches each word, so the
 * search has at most the matches of its rarest word. The planner takes the words as independent and multiplies their
 * shares, where the words of a position name go together: at 1 M vacancies it expected 36 to 3,576 matches for two-word
 * position names that had 4,815 to 13,577 ('video editor' 36 for 5,711, 'operator jahit' 826 for 13,577), while their
 * rarest word's estimate was within 0.34-1.04 times of the real count ('accounting staff' 18,360 for 6,196).
 */
export function requiredWords(q: string): string[] {
  if (/["-]/.test(q) || /(^|\s)or(\s|$)/i.test(q)) return [];
  const words = queryWords(q);
  return words.length >= 2 && words.length <= MAX_ESTIMATED_WORDS ? words : [];
}

/** The region whose published vacancies the walk of a search's order reads through ('': nationwide, as the wage order's). */
export const walkedRegion = (s: NormalizedSearch): string => (s.sort === 'wage' ? '' : s.region);

/**
 * The planner's estimate of the published vacancies of a region (walkedRegion), what a walk reads through. It depends on
 * the region alone, and changes only when the table is analyzed: the service keeps it a while (WALK_ESTIMATE_TTL_MS)
 * instead of planning it with every first page of a search with words (0.4 ms of 0.85 for both at 1 M vacancies).
 */
export function walkEstimateStatement(region: string): Statement {
  const p = new Params();
  const where = whereClause({ ...NO_FILTERS, region }, 'none', p);
  return { text: `EXPLAIN (FORMAT JSON) SELECT 1 FROM vacancies v WHERE ${where}`, values: p.values };
}

/** How long the service keeps a region's walk estimate (walkEstimateStatement). */
export const WALK_ESTIMATE_TTL_MS = 5 * 60_000;

const NO_FILTERS: NormalizedSearch = {
  q: '',
  region: '',
  kbji: '',
  kbli: '',
  minEducation: '',
  wageMin: 0,
  wageMax: 0,
  employmentType: '',
  overseas: null,
  postedSince: '',
  sort: 'date',
  size: DEFAULT_SEARCH_PAGE_SIZE,
  facets: false,
};

/** The rows the planner expects, from the EXPLAIN (FORMAT JSON) of an estimate statement; Infinity when unreadable. */
export function readPlanRows(rows: Record<string, unknown>[]): number {
  const plan = (rows[0]?.['QUERY PLAN'] as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan;
  return Number(plan?.['Plan Rows'] ?? Infinity);
}

/** Wage order: shown wages high to low (hidden wages last, as -1), keyset on (wage_sort, id). */
export function wagePageStatement(
  s: NormalizedSearch,
  mode: MatchMode,
  after: [string, string] | undefined,
  limit: number,
  strategy: PageStrategy = 'walk',
  facets?: number,
): Statement {
  const p = new Params();
  const where = whereClause(s, mode, p);
  const outer = (inner: string) =>
    withEmployer(
      `SELECT ${pick('d')}, ${pageScore(s, mode, p)} AS score, '' AS score_text FROM (${inner}) d`,
      'p.wage_sort DESC, p.id DESC',
    );
  if (strategy === 'sort' && mode !== 'none') {
    // every match is collected first (only its id and wage, from the full-text index), then the page is cut from them: a
    // deep page costs what the first did. Written as one query, a keyset deep in the hidden wages (wage_sort = -1, half of
    // all vacancies) is estimated at one row, and the planner walks the national wage index instead (80,000 buffers).
    const keyset = after ? ` WHERE (m.wage_sort, m.id) < (${p.add(after[0], 'bigint')}, ${p.add(after[1], 'uuid')})` : '';
    const matches = `SELECT v.id, v.wage_sort${facets ? `, ${FACET_COLUMNS}` : ''} FROM vacancies v WHERE ${where}`;
    const inner = `SELECT ${HIT_COLUMNS}, v.rank_vector AS sv FROM (SELECT m.id FROM m${keyset} ORDER BY m.wage_sort DESC, m.id DESC LIMIT ${p.add(limit, 'int')}) k JOIN vacancies v ON v.id = k.id`;
    const ctes = `m AS MATERIALIZED (${matches})`;
    return {
      text: facets ? withFacetsOfMatches(p, ctes, outer(inner), 'pg.wage_sort DESC, pg.id DESC', facets) : `WITH ${ctes} ${outer(inner)}`,
      values: p.values,
    };
  }
  // a KBJI group without words, nationwide: its major group too, the first column of its own wage index (migration 2000),
  // which the walk takes instead of the catalogue's (occupations and wages correlate: from the highest wages of all, a
  // group paid below the catalogue is found late). Not in a region: the region's own wage index is walked (read through
  // the major group's, a region's vacancies of a group paid above the catalogue were found later there)
  const group = mode === 'none' && s.kbji && !s.region ? ` AND left(v.kbji_code, 1) = ${p.add(s.kbji[0])}` : '';
  // wages are 0 or more (CHECK constraints), so wage_sort is never below -1: past the last shown wage the keyset is an
  // equality on -1, which the planner estimates right (the row comparison it would estimate at one row, and walk the
  // national wage index filtering a region's vacancies out of it)
  const keyset = !after
    ? ''
    : after[0] === '-1'
      ? ` AND v.wage_sort = -1 AND v.id < ${p.add(after[1], 'uuid')}`
      : ` AND (v.wage_sort, v.id) < (${p.add(after[0], 'bigint')}, ${p.add(after[1], 'uuid')})`;
  return { text: outer(pageRows(mode, `${where}${group}${keyset}`, 'v.wage_sort DESC, v.id DESC', p.add(limit, 'int'))), values: p.values };
}

/** The score of the rows of one page (shown to the client; not the order of date/wage pages). */
function pageScore(s: NormalizedSearch, mode: MatchMode, p: Params): string {
  if (mode === 'none') return '0::real';
  return `ts_rank(d.sv, ${tsQueryExpr(p, s.q)})`;
}

/**
 * Facet counts of a search without words, wage or date filter, and with KBJI down to the sub-major group (2 digits) and
 * KBLI down to the main group (2 digits), summed from the summary tables (migration 900) and the deltas not yet folded into
 * them (migration 1200): the same counts as
 * facetStatement, from a few thousand summary rows instead of every matching vacancy. undefined for any other search.
 */
export function facetSummaryStatement(s: NormalizedSearch): Statement | undefined {
  const kbliLetter = /^[A-U]$/.test(s.kbli);
  if (s.q || s.wageMin || s.wageMax || s.postedSince || s.kbji.length > 2 || (!kbliLetter && s.kbli.length > 2)) return undefined;
  const p = new Params();
  const regency = s.region.length > 2;
  // zero rows are skipped; the deltas not yet folded (migration 1200) may be negative
  const w = ['f.n <> 0'];
  if (regency) w.push(`f.region_code = ${p.add(s.region)}`);
  else if (s.region) w.push(`f.province_code = ${p.add(s.region)}`);
  // a KBJI major (1 digit) or sub-major group (2 digits) as the range of kbji_sub (left(kbji_code, 2): digits, one of them
  // for a vacancy coded with its major group only) that LIKE 'prefix%' matches: '7' to '79', or '72' alone. Unlike LIKE
  // with a parameter, a range is an index condition in the generic plan, on the primary key after the region or,
  // nationwide, on the province summary's KBJI index (migration 1500)
  if (s.kbji) w.push(`f.kbji_sub BETWEEN ${p.add(s.kbji)} AND ${p.add(s.kbji.padEnd(2, '9'))}`);
  if (kbliLetter)
    w.push(
      `f.kbli_main = ANY(${p.add(
        listKbliMainGroups(s.kbli).map((g) => g.code),
        'text[]',
      )})`,
    );
  else if (s.kbli) w.push(`f.kbli_main = ${p.add(s.kbli)}`);
  if (s.minEducation) w.push(`f.min_education = ${p.add(s.minEducation)}`);
  if (s.employmentType) w.push(`f.employment_type = ${p.add(s.employmentType)}`);
  if (s.overseas !== null) w.push(`f.overseas = ${p.add(s.overseas, 'boolean')}`);
  const province = regency ? 'left(f.region_code, 2)' : 'f.province_code';
  const dims = `${province}, left(f.kbji_sub, 1), f.kbli_main, f.min_education, f.employment_type, f.overseas`;
  return {
    text: `SELECT GROUPING(${dims}) AS g, coalesce(${dims.replace('f.overseas', 'f.overseas::text')}) AS value, sum(f.n)::int AS n
      FROM (${summaryRows(regency)}) f WHERE ${w.join(' AND ')}
      GROUP BY GROUPING SETS ((${province}), (left(f.kbji_sub, 1)), (f.kbli_main), (f.min_education), (f.employment_type), (f.overseas))`,
    values: p.values,
    // a range of the summary table's primary key, whatever the values
    prepared: true,
  };
}

/** The summary rows of a level and the deltas not yet folded into them (migration 1200): together, the exact counts. */
function summaryRows(regency: boolean): string {
  const dims = 'kbji_sub, kbli_main, min_education, employment_type, overseas, n';
  return regency
    ? `SELECT region_code, ${dims} FROM ${FACET_COUNT_TABLES.regency} UNION ALL SELECT region_code, ${dims} FROM ${FACET_COUNT_DELTAS}`
    : `SELECT province_code, ${dims} FROM ${FACET_COUNT_TABLES.province} UNION ALL SELECT left(region_code, 2), ${dims} FROM ${FACET_COUNT_DELTAS}`;
}

/** A week, in ms. */
export const WEEK_MS = 7 * 86_400_000;

/**
 * The week of a vacancy's publication as the nationwide full-text index holds it (migration 1600: `vacancy_week`, weeks
 * since 1970-01-01 UTC).
 */
export const weekOf = (epochMs: number): number => Math.floor(epochMs / WEEK_MS);

/** A nationwide search is restricted to at most this many weeks (each is one more scan of the full-text index). */
export const MAX_SEARCH_WEEKS = 16;
/** The newest weeks chosen hold, by the estimates, this many times the matches a page needs (estimates err). */
export const SEARCH_WEEKS_MARGIN = 1.3;
/** No restriction when it would keep more than this share of the matches: it would save too little. */
export const SEARCH_WEEKS_MAX_SHARE = 0.6;

/**
 * The weeks from the one of `fromMs` to the one after `nowMs` (for a clock a little behind the database's); undefined
 * past MAX_SEARCH_WEEKS.
 */
export function weeksBetween(fromMs: number, nowMs: number): number[] | undefined {
  const first = weekOf(fromMs);
  const last = weekOf(nowMs) + 1;
  if (!Number.isFinite(first) || last - first + 1 > MAX_SEARCH_WEEKS) return undefined;
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, k) => first + k);
}

/**
 * The weeks a next page in date order tries first (nationwide, sorting its matches): the week of the last key and the one
 * before it, which hold a page of the older matches unless the words are rare (the service then reads every week).
 */
export function weeksBefore(keyMs: number): number[] | undefined {
  const week = weekOf(keyMs);
  return Number.isFinite(week) ? [week - 1, week] : undefined;
}

/**
 * The newest weeks that hold, by the estimates, `needed` of a nationwide search's `matches` (with SEARCH_WEEKS_MARGIN),
 * so that a page in relevance or date order that sorts its matches reads those weeks' matches only (the full-text index
 * intersects the words with the weeks) instead of every match; undefined when that would save too little: when the
 * weeks' matches and `alsoRead` (what the page reads besides, over every match: its facets, up to their limit) come to
 * more than SEARCH_WEEKS_MAX_SHARE of the matches, or the weeks to more than MAX_SEARCH_WEEKS. `bounds`: the planner's
 * histogram of publication times (epoch ms, ascending: each interval holds the same share of the catalogue;
 * publishedHistogramStatement). The answer is exact whatever the estimates: the service checks that the weeks held
 * enough matches, else it reads them all.
 */
export function recentWeeks(bounds: number[], matches: number, needed: number, nowMs: number, alsoRead = 0): number[] | undefined {
  const n = bounds.length - 1;
  if (n < 1 || !(matches > 0) || !Number.isFinite(matches)) return undefined;
  const share = (needed * SEARCH_WEEKS_MARGIN) / matches;
  if (share + Math.min(alsoRead, matches) / matches > SEARCH_WEEKS_MAX_SHARE) return undefined;
  // at or after bounds[i] lies (n - i) / n of the catalogue: the newest bound with at least `share` after it
  const i = Math.max(0, Math.min(n - 1, Math.floor(n - share * n)));
  return weeksBetween(bounds[i], nowMs);
}

/**
 * The share of the catalogue published at or after `ms`, by the planner's histogram of publication times (`bounds`, as
 * for recentWeeks; linear within an interval): 1 before the first bound, 0 after the last (published since the table was
 * last analyzed: unknown, so nothing is inferred from it).
 */
export function shareSince(bounds: number[], ms: number): number {
  const n = bounds.length - 1;
  if (n < 1 || !Number.isFinite(ms)) return 0;
  if (ms <= bounds[0]) return 1;
  if (ms >= bounds[n]) return 0;
  let j = 0;
  while (j < n - 1 && bounds[j + 1] <= ms) j++;
  const span = bounds[j + 1] - bounds[j];
  return (n - j - (span > 0 ? (ms - bounds[j]) / span : 0)) / n;
}

/**
 * The newest weeks a first page tries second when the ones recentWeeks chose held only `found` matches, fewer than it
 * needs (the estimate it sized them by was too high: the rarest of two words that seldom go together): sized by the
 * matches those weeks imply, `found` over their share of the catalogue (shareSince), a count of real matches where the
 * first weeks had the planner's guess. undefined when no wider weeks would save enough (recentWeeks' rules), or when
 * their share is unknown: then the page reads every match, as before.
 */
export function widerWeeks(
  bounds: number[],
  within: number[],
  found: number,
  needed: number,
  nowMs: number,
  alsoRead = 0,
): number[] | undefined {
  const share = within.length ? shareSince(bounds, within[0] * WEEK_MS) : 0;
  if (!(share > 0)) return undefined;
  const weeks = recentWeeks(bounds, Math.max(found, 1) / share, needed, nowMs, alsoRead);
  return weeks && weeks[0] < within[0] ? weeks : undefined;
}

/** The wage band of a wage_sort as the nationwide full-text index holds it (vacancy_wage_band, migration 1700). */
export function wageBandOf(wageSort: number): number {
  let band = 0;
  for (const bound of WAGE_BAND_BOUNDS) if (wageSort >= bound) band++;
  return band;
}
export const TOP_WAGE_BAND = WAGE_BAND_BOUNDS.length;

/** The planner's statistics of wage_sort (wageStatsStatement): most common values and their shares, histogram bounds. */
export interface WageStats {
  nullFrac: number;
  mcv: number[];
  mcf: number[];
  hist: number[];
}

/** The planner's statistics of the vacancies' wage_sort (empty before the table was first analyzed). */
export function wageStatsStatement(): Statement {
  return {
    text: `SELECT s.null_frac, s.most_common_vals::text AS mcv, s.most_common_freqs::text AS mcf, s.histogram_bounds::text AS hist
        FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'vacancies' AND s.attname = 'wage_sort' AND NOT s.inherited`,
    values: [],
  };
}

/** The statistics from a wageStatsStatement row (none: nothing known, every share 0). */
export function readWageStats(row: Record<string, unknown> | undefined): WageStats {
  const nums = (t: unknown) =>
    typeof t === 'string' && t.length > 2
      ? t
          .slice(1, -1)
          .split(',')
          .map(Number)
          .filter((n) => Number.isFinite(n))
      : [];
  return { nullFrac: Number(row?.null_frac ?? 0) || 0, mcv: nums(row?.mcv), mcf: nums(row?.mcf), hist: nums(row?.hist) };
}

/** The share of the vacancies whose wage_sort is `wage` or more, by the planner's statistics. */
export function wageShareAtLeast(st: WageStats, wage: number): number {
  let share = 0;
  st.mcv.forEach((v, i) => {
    if (v >= wage) share += st.mcf[i] ?? 0;
  });
  const rest = Math.max(0, 1 - st.nullFrac - st.mcf.reduce((a, b) => a + b, 0));
  const n = st.hist.length - 1;
  if (n < 1) return share;
  // each interval of the histogram holds the same share of the other values; linear inside an interval
  let above = 0;
  for (let i = 0; i < n; i++) {
    const [lo, hi] = [st.hist[i], st.hist[i + 1]];
    if (lo >= wage) above += 1;
    else if (hi > wage) above += (hi - wage) / (hi - lo);
  }
  return share + (rest * above) / n;
}

/**
 * How many times the expected depth (wageBandTries' `fromRank`) the top wage bands of each try hold: words and wages
 * correlate ('supervisor' found its best paid 21 in the bands holding 16 times its expected depth; 'jahit', tailors, only
 * 256 times), and a try that finds too few costs a scan of the full-text index, not a read of every match.
 */
export const WAGE_BAND_TRY_FACTORS = [2, 16, 256] as const;

/**
 * Tries after those of WAGE_BAND_TRY_FACTORS, each down to the bands holding twice the catalogue's vacancies the tries
 * before it reached: an occupation paid below the catalogue ('tukang kayu', carpenters: none of its 6,077 matches at 1 M
 * vacancies in the bands the factors reach, 66 in the two bands below them) would otherwise read every match (6,003 heap
 * pages, 600-1,100 ms under the diverse bench's load) to sort them. Never the bands down to band 1: a try that holds
 * every shown wage left costs what reading every match does, and would be read again when it holds too few.
 */
export const WAGE_BAND_EXTRA_TRIES = 4;

/** At most so many wage bands in one restriction (each is one more scan of the full-text index, as a week is). */
export const MAX_WAGE_BANDS = 16;

/**
 * The wage bands a nationwide page in wage order that sorts its full-text matches tries in turn, before it reads every
 * match: each try the bands below the ones before it (their matches come after theirs in wage order, so the page is the
 * tries' rows in turn, and the tries stop once they hold the page and one more row). First the fewest top bands that
 * hold, by the planner's statistics, `aboveRank` and WAGE_BAND_TRY_FACTORS times `fromRank` of the published vacancies in
 * turn, down from the top band (or from the band of `belowWage`, the page token's key: nothing above it is on the page);
 * then up to WAGE_BAND_EXTRA_TRIES more, each reaching twice as many vacancies below `aboveRank` as the tries before it,
 * short of band 1. `fromRank`: how deep into the nationwide wage order the page is expected to reach below `aboveRank`,
 * its rows times the published vacancies per match, as if the words and the wages were independent (a next page whose
 * token does not say how many matches its first page expected: its key's rank, at least its rows, and `aboveRank` 0).
 * `aboveRank`: the vacancies paid above a next page's key (0 on a first page). Sized by the key's rank alone, a next page
 * deep in the wage order tried the bands holding twice that rank (for a key in the middle of the wages, every shown
 * wage), so it read every match: 'tukang kayu' nationwide (6,077 matches at 1 M vacancies) 7,480 buffers on its 40th
 * page against 1,838 on its first. None where the first try would need band 0 (hidden wages and wages below the first
 * bound: no saving) or more than MAX_WAGE_BANDS bands. `published`: the planner's estimate of the published vacancies.
 */
export function wageBandTries(st: WageStats, published: number, fromRank: number, belowWage?: number, aboveRank = 0): number[][] {
  const tries: number[][] = [];
  const top = belowWage === undefined ? TOP_WAGE_BAND : wageBandOf(belowWage);
  if (!(published > 0) || !Number.isFinite(published) || !(fromRank > 0) || !Number.isFinite(fromRank)) return tries;
  if (!(aboveRank >= 0) || !Number.isFinite(aboveRank)) return tries;
  /** the vacancies the bands from `band` up hold, by the statistics */
  const heldFrom = (band: number) => wageShareAtLeast(st, WAGE_BAND_BOUNDS[band - 1]) * published;
  /** the highest band from which the bands up to the top hold `wanted` vacancies (0: none does) */
  const reaching = (wanted: number) => {
    let band = top;
    while (band >= 1 && heldFrom(band) < wanted) band--;
    return band;
  };
  let next = top; // the highest band no try holds yet
  const add = (band: number) => {
    tries.push(Array.from({ length: next - band + 1 }, (_, k) => band + k));
    next = band - 1;
  };
  for (const factor of WAGE_BAND_TRY_FACTORS) {
    const band = reaching(aboveRank + factor * fromRank);
    if (band < 1 || next - band + 1 > MAX_WAGE_BANDS) break;
    if (band <= next) add(band);
  }
  for (let i = 0; tries.length && i < WAGE_BAND_EXTRA_TRIES && next > 1; i++) {
    const reached = reaching(aboveRank + 2 * Math.max(0, heldFrom(next + 1) - aboveRank));
    // (down to band 1 only when every shown wage left is needed: no saving on reading every match)
    if (reached <= 1) break;
    add(Math.max(Math.min(reached, next), next - MAX_WAGE_BANDS + 1));
  }
  return tries;
}

/** The planner's histogram of publication times (epoch ms, ascending; empty before the table was first analyzed). */
export function publishedHistogramStatement(): Statement {
  return {
    text: `SELECT coalesce((SELECT array(SELECT (extract(epoch FROM b) * 1000)::float8 FROM unnest(s.histogram_bounds::text::timestamptz[]) AS b)
        FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'vacancies' AND s.attname = 'published_at' AND NOT s.inherited), '{}') AS bounds`,
    values: [],
  };
}

/**
 * Up to this many matches of a search with words are counted exactly; beyond it the counts are lower bounds. 1,000, the
 * relevance window's size: at 5,000 the diverse searches of the bench ran 9-17 % slower on every path (their nationwide
 * frequent words read up to 5,000 rows each, mostly copied from the OS cache), for totals shown as "5.000+" instead of
 * "1.000+".
 */
export const DEFAULT_FACET_EXACT_LIMIT = 1000;

/**
 * Facet counts over the matches (one pass, grouping sets). With `limit`, over at most that many of them (those the
 * full-text index gives first): counting every match of a frequent word cost most of an uncached search (20 ms of
 * PostgreSQL CPU for 'operator produksi' in one province of 1 M vacancies). When the counted rows reach the limit, the
 * search matches at least that many and the answer says so (total_size_is_lower_bound), as mature search engines do.
 */
export function facetStatement(s: NormalizedSearch, mode: MatchMode, limit?: number): Statement {
  const p = new Params();
  const where = whereClause(s, mode, p);
  const rows = limit
    ? `(SELECT ${FACET_COLUMNS} FROM vacancies v WHERE ${where} LIMIT ${p.add(limit, 'int')}) v`
    : `vacancies v WHERE ${where}`;
  return { text: facetCounts(rows), values: p.values };
}

/** The columns the facets count, as read from a vacancy (and carried by the collected matches of a sorted page). */
const FACET_COLUMNS = 'v.province_code, v.kbji_code, v.kbli_code, v.min_education, v.employment_type, v.overseas';

/** Facet counts (one pass, grouping sets) over `rows`, a FROM item named v with the FACET_COLUMNS. */
function facetCounts(rows: string): string {
  return `SELECT GROUPING(v.province_code, left(v.kbji_code, 1), left(v.kbli_code, 2), v.min_education, v.employment_type, v.overseas) AS g,
        coalesce(v.province_code, left(v.kbji_code, 1), left(v.kbli_code, 2), v.min_education, v.employment_type, v.overseas::text) AS value, count(*)::int AS n
      FROM ${rows}
      GROUP BY GROUPING SETS ((v.province_code), (left(v.kbji_code, 1)), (left(v.kbli_code, 2)), (v.min_education), (v.employment_type), (v.overseas))`;
}

/**
 * A first page of sorted matches that also counts its facets (`facets`: the exact-count limit): the matches collected for
 * the page (CTE m, with the FACET_COLUMNS) are counted too, up to the limit, instead of a second statement reading the same
 * matches from the table again. Every row carries the counts as JSON ([g, value, n] triples); with no page rows, one row
 * carries them alone (its id is null).
 */
function withFacetsOfMatches(p: Params, ctes: string, page: string, order: string, limit: number): string {
  const counts = facetCounts(`(SELECT * FROM m v LIMIT ${p.add(limit, 'int')}) v`);
  return `WITH ${ctes}
    SELECT fc.facets, pg.* FROM (SELECT coalesce(json_agg(json_build_array(f.g, f.value, f.n)), '[]'::json) AS facets FROM (${counts}) f) fc
    LEFT JOIN LATERAL (${page}) pg ON true ORDER BY ${order}`;
}
