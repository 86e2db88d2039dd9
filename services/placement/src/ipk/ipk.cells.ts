import type { EntityManager } from 'typeorm';

/**
 * IPK monthly cells: the counts the forms read, kept per regency, month and row of each form as the rows of
 * `placements`, `ipk_job_seekers` and `ipk_vacancies` are written (same transaction), so a report sums a few hundred cells
 * per regency instead of scanning every seeker, vacancy and placement of the region.
 *
 * - `ipk_placement_cells`: placements (n) per month, province (and nation), dimension (KBLI main group, education, employer
 *   type), channel and sex. Placements only ever arrive (a second report of one adds a source, not a placement).
 * - `ipk_seeker_cells`: seekers registered in the month, and placed / removed in the month (their closed_month), per
 *   dimension (age band, education, KBJI major group) and sex, with the facts of the seeker's registration.
 * - `ipk_vacancy_cells`: positions registered in the month, and filled / removed in the month, per dimension (sex
 *   requirement, education, KBJI major group, KBLI main group).
 *
 * A month's carried over is the cells of the earlier months: registered - placed - removed (a row is closed in its
 * registration month or later), so carried over + registered - placed - removed = remaining holds as on the rows.
 */
export const PLACEMENT_DIMS = ['kbli_main_group', 'education_level', 'employer_type'] as const;
export const SEEKER_DIMS = ['age_band', 'education_level', 'kbji_major_group'] as const;
export const VACANCY_DIMS = ['sex_requirement', 'education_level', 'kbji_major_group', 'kbli_main_group'] as const;

/**
 * Every cell is kept for its regency, its province (region_code = the province code) and the nation (region_code 00), so a
 * province or national report reads its own few cells instead of adding up every regency's.
 */
export const NATION_CELLS = '00';

/** The cells of a report region: a regency (NN.NN), a province (NN) or the nation (00). */
export const cellRegionFilter = (national: boolean) => (national ? `region_code = '${NATION_CELLS}'` : 'region_code = $2');

export const IPK_CELL_TABLES = ['ipk_placement_cells', 'ipk_seeker_cells', 'ipk_vacancy_cells'] as const;

interface CellsSpec {
  table: (typeof IPK_CELL_TABLES)[number];
  dims: readonly string[];
  /** key columns beyond month, region and dimension */
  keys: string[];
  measures: string[];
}
const PLACEMENT: CellsSpec = { table: 'ipk_placement_cells', dims: PLACEMENT_DIMS, keys: ['channel', 'sex'], measures: ['n'] };
const SEEKER: CellsSpec = { table: 'ipk_seeker_cells', dims: SEEKER_DIMS, keys: ['sex'], measures: ['registered', 'placed', 'removed'] };
const VACANCY: CellsSpec = { table: 'ipk_vacancy_cells', dims: VACANCY_DIMS, keys: [], measures: ['registered', 'filled', 'removed'] };

/**
 * The statement adding to the cells the rows of `rows` (a CTE or table with region_code, province_code, the dimensions and
 * keys): month `month` (an SQL expression over r), and each measure's SQL aggregate over r. Grouped, and written in key
 * order (two transactions adding to the same cells take their row locks in the same order).
 */
function addCells(spec: CellsSpec, rows: string, month: string, measures: Record<string, string>, regencies = true): string {
  const keys = spec.keys.map((k) => `, r.${k}`).join('');
  const keyCols = spec.keys.map((k) => `, ${k}`).join('');
  const n = 5 + spec.keys.length;
  const groupBy = Array.from({ length: n }, (_, i) => i + 1).join(', ');
  return `INSERT INTO ${spec.table} (month, region_code, province_code, dim, key${keyCols}, ${spec.measures.join(', ')})
    SELECT ${month}, l.region_code, l.province_code, d.dim, d.key${keys}, ${spec.measures.map((m) => measures[m] ?? '0').join(', ')}
      FROM ${rows} r
           CROSS JOIN LATERAL (VALUES ${regencies ? '(r.region_code, r.province_code), ' : ''}(r.province_code, r.province_code), ('${NATION_CELLS}', '${NATION_CELLS}'))
                 AS l(region_code, province_code)
           CROSS JOIN LATERAL (VALUES ${spec.dims.map((d) => `('${d}', r.${d})`).join(', ')}) AS d(dim, key)
     GROUP BY ${groupBy} ORDER BY ${groupBy}
    ON CONFLICT (month, region_code, dim, key${keyCols})
    DO UPDATE SET ${spec.measures.map((m) => `${m} = ${spec.table}.${m} + EXCLUDED.${m}`).join(', ')}`;
}

/**
 * After `WITH ins AS (INSERT INTO placements ... RETURNING *)`: the new placements counted, for the province and the
 * nation only (a regency's month is a few hundred placements, read from the rows; fewer cells keep bulk imports fast).
 */
export const addPlacementCells = (rows: string) => addCells(PLACEMENT, rows, 'r.month', { n: 'count(*)' }, false);

/** What a new placement's cells are made of (its row's columns). */
export interface PlacementCellFacts {
  month: string;
  province_code: string;
  kbli_main_group: string;
  education_level: string;
  employer_type: string;
  channel: string;
  sex: number;
}

/**
 * The same cells as {@link addPlacementCells}, for placements written by this process: counted here and added with one
 * statement of a few hundred aggregated rows (one per cell of the batch, not one per placement and dimension), in the
 * same key order (so it takes its row locks in the order the SQL form takes them). Run it last in its transaction: the
 * cells are hot rows every writer of the month adds to, and their locks are held until commit.
 */
export async function addPlacementCellCounts(m: EntityManager, rows: readonly PlacementCellFacts[]): Promise<void> {
  const counts = new Map<
    string,
    { month: string; region: string; province: string; dim: string; key: string; channel: string; sex: number; n: number }
  >();
  // the batch's distinct rows first (a few hundred, whatever the batch's size), then their cells
  const distinct = new Map<string, { r: PlacementCellFacts; n: number }>();
  for (const r of rows) {
    const k = `${r.month}\u0000${r.province_code}\u0000${r.kbli_main_group}\u0000${r.education_level}\u0000${r.employer_type}\u0000${r.channel}\u0000${r.sex}`;
    const d = distinct.get(k);
    if (d) d.n++;
    else distinct.set(k, { r, n: 1 });
  }
  for (const { r, n } of distinct.values()) {
    for (const [region, province] of [
      [r.province_code, r.province_code],
      [NATION_CELLS, NATION_CELLS],
    ]) {
      for (const dim of PLACEMENT_DIMS) {
        const k = `${r.month}\u0000${region}\u0000${dim}\u0000${r[dim]}\u0000${r.channel}\u0000${r.sex}`;
        const c = counts.get(k);
        if (c) c.n += n;
        else counts.set(k, { month: r.month, region, province, dim, key: r[dim], channel: r.channel, sex: r.sex, n });
      }
    }
  }
  if (counts.size === 0) return;
  const cells = [...counts.values()];
  await m.query(
    `INSERT INTO ipk_placement_cells (month, region_code, province_code, dim, key, channel, sex, n)
     SELECT * FROM unnest($1::char(7)[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::bigint[])
      ORDER BY 1, 2, 3, 4, 5, 6, 7
     ON CONFLICT (month, region_code, dim, key, channel, sex) DO UPDATE SET n = ipk_placement_cells.n + EXCLUDED.n`,
    [
      cells.map((c) => c.month),
      cells.map((c) => c.region),
      cells.map((c) => c.province),
      cells.map((c) => c.dim),
      cells.map((c) => c.key),
      cells.map((c) => c.channel),
      cells.map((c) => c.sex),
      cells.map((c) => c.n),
    ],
  );
}

/** Seekers registered (rows of ipk_job_seekers as inserted). */
export const addSeekerRegistrations = (rows: string) => addCells(SEEKER, rows, 'r.registered_month', { registered: 'count(*)' });

/** Seekers leaving the register (rows of ipk_job_seekers as closed). */
export const addSeekerClosings = (rows: string) =>
  addCells(SEEKER, rows, 'r.closed_month', {
    placed: `count(*) FILTER (WHERE r.closed_kind = 'PLACED')`,
    removed: `count(*) FILTER (WHERE r.closed_kind = 'REMOVED')`,
  });

/** Vacancies registered, their positions (rows of ipk_vacancies; `sign` -1 takes a row's registration out of its cells). */
export const addVacancyRegistrations = (rows: string, sign = 'r.sign') =>
  addCells(VACANCY, rows, 'r.registered_month', { registered: `sum(${sign} * r.positions)` });

/** Vacancies closed: positions filled and removed, in the month they closed. */
export const addVacancyClosings = (rows: string, sign = 'r.sign') =>
  addCells(VACANCY, rows, 'r.closed_month', { filled: `sum(${sign} * r.filled)`, removed: `sum(${sign} * r.removed)` });

/** The cells of every row already in the tables (migration; a bench seeding the row tables directly). */
export const IPK_CELLS_FROM_ROWS: readonly string[] = [
  `TRUNCATE ${IPK_CELL_TABLES.join(', ')}`,
  addPlacementCells('placements'),
  addSeekerRegistrations('ipk_job_seekers'),
  addSeekerClosings('(SELECT * FROM ipk_job_seekers WHERE closed_month IS NOT NULL)'),
  addVacancyRegistrations('ipk_vacancies', '1'),
  addVacancyClosings('(SELECT * FROM ipk_vacancies WHERE closed_month IS NOT NULL)', '1'),
];
