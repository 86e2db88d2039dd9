import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The summary tables of published vacancies' facet counts: per province, and per regency. */
export const FACET_COUNT_TABLES = { province: 'vacancy_facet_counts_province', regency: 'vacancy_facet_counts_regency' } as const;

/** The dimensions every summary row carries besides its region (what the search filters and counts by). */
const DIMS = `kbji_sub, kbli_main, min_education, employment_type, overseas`;
/** Those dimensions of a vacancies row (transition table `t`). */
const DIM_EXPRS = `left(t.kbji_code, 2) AS kbji_sub, left(t.kbli_code, 2) AS kbli_main, t.min_education, t.employment_type, t.overseas`;

/**
 * The statement of a trigger function: the published rows a statement removed (old_rows, -1 each) and added (new_rows,
 * +1 each), summed per summary row, then added to both tables. Upserts run in key order, so concurrent statements lock
 * summary rows in the same order and never deadlock.
 */
export function applyDeltas(sources: ('old_rows' | 'new_rows')[]): string {
  const parts = sources.map(
    (s) => `SELECT t.region_code, ${DIM_EXPRS}, ${s === 'old_rows' ? -1 : 1} AS d FROM ${s} t WHERE t.state = 'PUBLISHED'`,
  );
  return `
      WITH delta AS (
        SELECT region_code, ${DIMS}, sum(d)::int AS n FROM (${parts.join(' UNION ALL ')}) x
         GROUP BY region_code, ${DIMS} HAVING sum(d) <> 0),
      regency AS (
        INSERT INTO ${FACET_COUNT_TABLES.regency} AS c (region_code, ${DIMS}, n)
        SELECT region_code, ${DIMS}, n FROM delta ORDER BY region_code, ${DIMS}
        ON CONFLICT (region_code, ${DIMS}) DO UPDATE SET n = c.n + EXCLUDED.n)
      INSERT INTO ${FACET_COUNT_TABLES.province} AS c (province_code, ${DIMS}, n)
      SELECT left(region_code, 2), ${DIMS}, sum(n)::int FROM delta GROUP BY left(region_code, 2), ${DIMS} HAVING sum(n) <> 0
       ORDER BY 1, ${DIMS}
      ON CONFLICT (province_code, ${DIMS}) DO UPDATE SET n = c.n + EXCLUDED.n`;
}

/**
 * Facet counts of searches without words. Counting the facets of a province's vacancies read all of its index entries
 * (90 ms for the largest province of 1 M vacancies, 20 times the page itself), on every search whose counts were not
 * cached. Two summary tables hold the number of published vacancies per region and per value of every filter that the
 * counts are grouped by (KBJI sub-major group, KBLI main group, minimum education, employment type, overseas): a
 * province's counts sum a few thousand summary rows, a regency's a few hundred. They are kept exact in the same
 * transaction as every change of vacancies, by statement-level triggers over the transition tables (a COPY of a million
 * rows adds one aggregated delta). Rows that fall to 0 stay (a few thousand at most) and are skipped by the readers.
 */
export class VacancyFacetCounts1763800000900 implements MigrationInterface {
  name = 'VacancyFacetCounts1763800000900';

  async up(q: QueryRunner): Promise<void> {
    for (const [level, table] of Object.entries(FACET_COUNT_TABLES)) {
      const region = level === 'province' ? 'province_code' : 'region_code';
      await q.query(`
        CREATE TABLE ${table} (
          ${region} text NOT NULL, kbji_sub text NOT NULL, kbli_main text NOT NULL, min_education text NOT NULL, employment_type text NOT NULL,
          overseas boolean NOT NULL, n integer NOT NULL,
          PRIMARY KEY (${region}, ${DIMS}))`);
    }
    const triggers = [
      ['insert', 'INSERT', 'NEW TABLE AS new_rows', ['new_rows']],
      ['update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', ['old_rows', 'new_rows']],
      ['delete', 'DELETE', 'OLD TABLE AS old_rows', ['old_rows']],
    ] as const;
    for (const [name, event, referencing, sources] of triggers) {
      await q.query(
        `CREATE FUNCTION vacancy_facet_counts_on_${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${applyDeltas([...sources])}; RETURN NULL; END $$`,
      );
      await q.query(
        `CREATE TRIGGER vacancy_facet_counts_on_${name} AFTER ${event} ON vacancies REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION vacancy_facet_counts_on_${name}()`,
      );
    }
    // the vacancies already there (the tables are new and the triggers now run: nothing is counted twice)
    await q.query(`LOCK TABLE vacancies IN SHARE MODE`);
    await q.query(`
      INSERT INTO ${FACET_COUNT_TABLES.regency} (region_code, ${DIMS}, n)
      SELECT t.region_code, ${DIM_EXPRS}, count(*) FROM vacancies t WHERE t.state = 'PUBLISHED' GROUP BY 1, 2, 3, 4, 5, 6`);
    await q.query(`
      INSERT INTO ${FACET_COUNT_TABLES.province} (province_code, ${DIMS}, n)
      SELECT left(region_code, 2), ${DIMS}, sum(n) FROM ${FACET_COUNT_TABLES.regency} GROUP BY 1, 2, 3, 4, 5, 6`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER vacancy_facet_counts_on_${name} ON vacancies`);
      await q.query(`DROP FUNCTION vacancy_facet_counts_on_${name}()`);
    }
    for (const table of Object.values(FACET_COUNT_TABLES)) await q.query(`DROP TABLE ${table}`);
  }
}
