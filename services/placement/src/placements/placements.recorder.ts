import { canonicalRegionCode } from '@siapkerja/codes';
import { hash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { dedupWindowDays, findDuplicate, isMatchablePerson, type ExistingPlacement, type PlacementFact } from './placements.rules';
import { addPlacementCellCounts, type PlacementCellFacts } from '../ipk/ipk.cells';
import { copyRowsOrConflict, copyText } from '@siapkerja/persistence';
import { reportMonth } from '../reports/report-month';

/**
 * Takes the writer locks of `persons` until the transaction ends (one writer per person at a time: consumers, import
 * batches and erasures run concurrently; two reports of one placement arriving together must not both become new
 * placements). A person's lock is a row lock on its row of `person_writers`: in ascending order within one statement, so
 * writers never deadlock on them, and without a new row version (a conflicting row is locked, not updated). Row locks
 * take no room in PostgreSQL's shared lock table, whatever the batch's size, and batches of different persons do not
 * wait for each other. Answers the persons written for the first time (their row inserted now): every person with a
 * placement or an erasure has a row (migration 1763800000800), so these have nothing to match or unlink.
 */
export async function lockPersons(m: Pick<EntityManager, 'query'>, persons: readonly string[]): Promise<Set<string>> {
  if (persons.length === 0) return new Set();
  const inserted: { person_id: string }[] = await m.query(
    `INSERT INTO person_writers (person_id) SELECT p FROM unnest($1::text[]) AS p ORDER BY p
     ON CONFLICT (person_id) DO UPDATE SET person_id = EXCLUDED.person_id WHERE false
     RETURNING person_id`,
    [[...new Set(persons)]],
  );
  return new Set(inserted.map((r) => r.person_id));
}

/** A stable placement id for a report (the application id for a Karirhub hire), so a rebuild reproduces the same ids. */
export function placementIdOf(f: PlacementFact): string {
  if (f.applicationId) return f.applicationId;
  const h = hash('sha256', f.sourceKey, 'hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The fields of a placement fact its hash covers (all but the source key, which names it), in a fixed order. */
const FACT_HASH_FIELDS = [
  'source',
  'applicationId',
  'vacancyId',
  'employerId',
  'employerKey',
  'selfEmployed',
  'personId',
  'employerType',
  'kbjiCode',
  'kbliCode',
  'kbliMainGroup',
  'regionCode',
  'workRegionCode',
  'overseas',
  'channel',
  'sex',
  'educationLevel',
  'ageBand',
  'placedAt',
  'placedOn',
] as const;
/**
 * The hash of what a report says (stored with its source, `placement_sources.fact_hash`): a record replayed under the same
 * key with another content has another hash. Computed from the fact alone, so a rebuild stores the same.
 */
export function factHash(f: PlacementFact): string {
  return hash('sha256', JSON.stringify(FACT_HASH_FIELDS.map((k) => f[k] ?? null)), 'hex');
}

/** The columns of new placements, in the order of the INSERT's unnest parameters (`source` becomes `sources`). */
export const NEW_ROW_COLUMNS = [
  'placement_id',
  'application_id',
  'vacancy_id',
  'person_id',
  'employer_id',
  'employer_key',
  'self_employed',
  'employer_type',
  'kbji_code',
  'kbli_code',
  'kbli_main_group',
  'region_code',
  'province_code',
  'work_region_code',
  'overseas',
  'channel',
  'sex',
  'education_level',
  'age_band',
  'month',
  'placed_at',
  'placed_on',
  'source',
] as const;
/** A new placement's values, in the order of NEW_ROW_COLUMNS (the benchmark's COPY writes the very same rows). */
export function newPlacementRow(f: PlacementFact, id: string, personId: string = f.personId): unknown[] {
  // the canonical region codes, whoever made the fact (an archived fact of an older version is replayed as it was)
  const region = canonicalRegionCode(f.regionCode);
  return [
    id,
    f.applicationId ?? null,
    f.vacancyId ?? null,
    personId,
    f.employerId ?? null,
    f.employerKey,
    f.selfEmployed,
    f.employerType,
    f.kbjiCode,
    f.kbliCode,
    f.kbliMainGroup,
    region,
    region.slice(0, 2),
    canonicalRegionCode(f.workRegionCode),
    f.overseas,
    f.channel,
    f.sex,
    f.educationLevel,
    f.ageBand,
    reportMonth(f.placedAt),
    f.placedAt,
    f.placedOn,
    f.source,
  ];
}
/** The placements table's columns of NEW_ROW_COLUMNS (the report's `source` is the first of `sources`). */
export const PLACEMENT_COPY_COLUMNS = NEW_ROW_COLUMNS.map((c) => (c === 'source' ? 'sources' : c));
/** Batches of at least this many new rows are written with COPY (bulk imports), smaller ones with one INSERT. */
const COPY_FROM_ROWS = 200;
type NewRowColumns = Record<(typeof NEW_ROW_COLUMNS)[number], unknown[]>;
const newRowColumns = (): NewRowColumns => Object.fromEntries(NEW_ROW_COLUMNS.map((c) => [c, []])) as unknown as NewRowColumns;

/**
 * Records placement reports of any channel, in the caller's transaction, with multi-row statements (a bulk import batch
 * is one call): a report already recorded (same source key) changes nothing; a second report of a placement already
 * counted (same person and employer within the window) only adds its source; anything else is a new placement. Answers
 * the placement id of each report, in order.
 */
export async function recordPlacements(
  m: EntityManager,
  facts: readonly PlacementFact[],
  opts: {
    windowDays?: number;
    /** the placement sources of these facts' source keys, when the caller has just read them (else read here) */
    knownSources?: ReadonlyMap<string, string>;
    /** more writes of the caller's, run after the placements and sources and before the IPK cells (the hot rows, last) */
    beforeCells?: () => Promise<void>;
  } = {},
): Promise<string[]> {
  const { windowDays = dedupWindowDays(), knownSources, beforeCells } = opts;
  if (facts.length === 0) return [];
  const known = new Map<string, string>(
    knownSources ??
      (
        (await m.query(`SELECT source_key, placement_id FROM placement_sources WHERE source_key = ANY($1)`, [
          facts.map((f) => f.sourceKey),
        ])) as {
          source_key: string;
          placement_id: string;
        }[]
      ).map((r) => [r.source_key, r.placement_id]),
  );
  const persons = [...new Set(facts.map((f) => f.personId).filter(isMatchablePerson))].sort();
  // one writer per person at a time (consumers and import batches run concurrently): two reports of one placement arriving
  // together must not both become new placements
  const firstTime = await lockPersons(m, persons);
  // persons written before: their erasure, and their placements a report may be a second report of
  const seen = firstTime.size === persons.length ? [] : persons.filter((p) => !firstTime.has(p));
  const erased = new Set<string>(
    seen.length === 0
      ? []
      : ((await m.query(`SELECT person_id FROM person_erasures WHERE person_id = ANY($1)`, [seen])) as { person_id: string }[]).map(
          (r) => r.person_id,
        ),
  );
  const existing: ExistingPlacement[] =
    seen.length === 0
      ? []
      : (
          (await m.query(
            `SELECT placement_id, person_id, employer_key, to_char(placed_on, 'YYYY-MM-DD') AS placed_on FROM placements WHERE person_id = ANY($1)`,
            [seen],
          )) as { placement_id: string; person_id: string; employer_key: string; placed_on: string }[]
        ).map((r) => ({ placementId: r.placement_id, personId: r.person_id, employerKey: r.employer_key, placedOn: r.placed_on }));

  // the placements a report may be a second report of, by person and employer (in the order found, as findDuplicate reads
  // them): one lookup per report instead of a scan of every placement of the batch's persons
  const candidates = new Map<string, ExistingPlacement[]>();
  const remember = (p: ExistingPlacement) => {
    const k = `${p.personId}\u0000${p.employerKey}`;
    const list = candidates.get(k);
    if (list) list.push(p);
    else candidates.set(k, [p]);
  };
  existing.forEach(remember);

  const ids: string[] = [];
  const rows = newRowColumns();
  const sources: { key: string[]; id: string[]; source: string[]; at: string[]; hash: string[] } = {
    key: [],
    id: [],
    source: [],
    at: [],
    hash: [],
  };
  const touched = new Set<string>();
  for (const f of facts) {
    const already = known.get(f.sourceKey);
    if (already) {
      ids.push(already);
      continue;
    }
    const dup = erased.has(f.personId)
      ? undefined
      : findDuplicate(f, candidates.get(`${f.personId}\u0000${f.employerKey}`) ?? [], windowDays);
    const id = dup ? dup.placementId : placementIdOf(f);
    if (!dup) {
      const personId = erased.has(f.personId) ? `erased:${id}` : f.personId;
      newPlacementRow(f, id, personId).forEach((v, i) => rows[NEW_ROW_COLUMNS[i]].push(v));
      remember({ placementId: id, personId, employerKey: f.employerKey, placedOn: f.placedOn });
    } else {
      touched.add(id);
    }
    known.set(f.sourceKey, id);
    sources.key.push(f.sourceKey);
    sources.id.push(id);
    sources.source.push(f.source);
    sources.at.push(f.placedAt);
    sources.hash.push(factHash(f));
    ids.push(id);
  }
  // the new placements: a large batch (bulk imports) with COPY, the cheapest way into the table; when a row is already
  // there (a concurrent replay of the same report won the race) and for small batches, one INSERT of column arrays
  // (unnest, cheaper to build, send and read than a JSON document) that skips the rows already there
  const insertPlacements = (): Promise<{ placement_id: string }[]> =>
    m.query(
      `INSERT INTO placements (placement_id, application_id, vacancy_id, person_id, employer_id, employer_key, self_employed, employer_type, kbji_code,
                                 kbli_code, kbli_main_group, region_code, province_code, work_region_code, overseas, channel, sex, education_level,
                                 age_band, month, placed_at, placed_on, sources)
         SELECT placement_id, application_id, vacancy_id, person_id, employer_id, employer_key, self_employed, employer_type, kbji_code,
                kbli_code, kbli_main_group, region_code, province_code, work_region_code, overseas, channel, sex, education_level,
                age_band, month, placed_at, placed_on, ARRAY[source]
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::boolean[], $8::text[], $9::text[],
                       $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::boolean[], $16::text[], $17::smallint[],
                       $18::text[], $19::text[], $20::text[], $21::timestamptz[], $22::date[], $23::text[])
             AS x(placement_id, application_id, vacancy_id, person_id, employer_id, employer_key, self_employed, employer_type, kbji_code,
                  kbli_code, kbli_main_group, region_code, province_code, work_region_code, overseas, channel, sex, education_level,
                  age_band, month, placed_at, placed_on, source)
         ON CONFLICT DO NOTHING RETURNING placement_id`,
      NEW_ROW_COLUMNS.map((c) => rows[c]),
    );
  const newCount = rows.placement_id.length;
  const insertCall: Promise<{ placement_id: string }[] | 'all'> =
    newCount === 0
      ? Promise.resolve([])
      : newCount < COPY_FROM_ROWS
        ? insertPlacements()
        : copyRowsOrConflict(
            m,
            'placements',
            PLACEMENT_COPY_COLUMNS,
            copyText(NEW_ROW_COLUMNS.map((c) => (c === 'source' ? rows.source.map((s) => [s]) : rows[c]))),
          ).then<{ placement_id: string }[] | 'all'>((copied) => (copied ? 'all' : insertPlacements()));
  insertCall.catch(() => undefined); // awaited below, after the work done while the database inserts
  // meanwhile: the IPK cells (III/7, III/8) of every new placement
  const cells: PlacementCellFacts[] = rows.placement_id.map((_, i) => ({
    month: rows.month[i] as string,
    province_code: rows.province_code[i] as string,
    kbli_main_group: rows.kbli_main_group[i] as string,
    education_level: rows.education_level[i] as string,
    employer_type: rows.employer_type[i] as string,
    channel: rows.channel[i] as string,
    sex: rows.sex[i] as number,
  }));
  const insertedRows = await insertCall;
  const inserted = insertedRows === 'all' ? 'all' : new Set<string>(insertedRows.map((r) => r.placement_id.toLowerCase()));
  const sourceColumns = [sources.key, sources.id, sources.source, sources.at, sources.hash];
  const copiedSources =
    sources.key.length >= COPY_FROM_ROWS &&
    (await copyRowsOrConflict(
      m,
      'placement_sources',
      ['source_key', 'placement_id', 'source', 'reported_at', 'fact_hash'],
      copyText(sourceColumns),
    ));
  if (!copiedSources)
    await m.query(
      `INSERT INTO placement_sources (source_key, placement_id, source, reported_at, fact_hash)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[])
       ON CONFLICT (source_key) DO NOTHING`,
      sourceColumns,
    );
  if (touched.size > 0) {
    await m.query(
      `UPDATE placements p SET sources = (SELECT array_agg(DISTINCT s.source ORDER BY s.source) FROM placement_sources s WHERE s.placement_id = p.placement_id)
        WHERE p.placement_id = ANY($1)`,
      [[...touched]],
    );
  }
  await beforeCells?.();
  // the cells of the placements this call inserted (not of those another writer inserted first)
  await addPlacementCellCounts(
    m,
    inserted === 'all' || inserted.size === cells.length
      ? cells
      : cells.filter((_, i) => inserted.has((rows.placement_id[i] as string).toLowerCase())),
  );
  return ids;
}
