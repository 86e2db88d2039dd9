import type { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDeltas, FACET_COUNT_TABLES } from './1763800000900-vacancy-facet-counts';

/** The facet-count changes not yet folded into the summary tables (appended by the vacancies triggers). */
export const FACET_COUNT_DELTAS = 'vacancy_facet_count_deltas';

const DIMS = `kbji_sub, kbli_main, min_education, employment_type, overseas`;
const DIM_EXPRS = `left(t.kbji_code, 2) AS kbji_sub, left(t.kbli_code, 2) AS kbli_main, t.min_education, t.employment_type, t.overseas`;

/**
 * Folds the committed deltas into the summary tables, in one transaction: the deltas it moves are deleted as they are
 * added (a second folder running at once waits on their row locks, then finds them gone: nothing is counted twice), and
 * the summary rows are upserted in key order. Returns how many delta rows were folded.
 */
export const FOLD_FACET_COUNT_DELTAS = `
  WITH moved AS (DELETE FROM ${FACET_COUNT_DELTAS} RETURNING region_code, ${DIMS}, n),
  delta AS (SELECT region_code, ${DIMS}, sum(n)::int AS n FROM moved GROUP BY region_code, ${DIMS} HAVING sum(n) <> 0),
  regency AS (
    INSERT INTO ${FACET_COUNT_TABLES.regency} AS c (region_code, ${DIMS}, n)
    SELECT region_code, ${DIMS}, n FROM delta ORDER BY region_code, ${DIMS}
    ON CONFLICT (region_code, ${DIMS}) DO UPDATE SET n = c.n + EXCLUDED.n),
  province AS (
    INSERT INTO ${FACET_COUNT_TABLES.province} AS c (province_code, ${DIMS}, n)
    SELECT left(region_code, 2), ${DIMS}, sum(n)::int FROM delta GROUP BY left(region_code, 2), ${DIMS} HAVING sum(n) <> 0
     ORDER BY 1, ${DIMS}
    ON CONFLICT (province_code, ${DIMS}) DO UPDATE SET n = c.n + EXCLUDED.n)
  SELECT count(*)::int AS folded FROM moved`;

const TRIGGERS = [
  ['insert', ['new_rows']],
  ['update', ['old_rows', 'new_rows']],
  ['delete', ['old_rows']],
] as const;

function appendDeltas(sources: ('old_rows' | 'new_rows')[]): string {
  const parts = sources.map(
    (s) => `SELECT t.region_code, ${DIM_EXPRS}, ${s === 'old_rows' ? -1 : 1} AS d FROM ${s} t WHERE t.state = 'PUBLISHED'`,
  );
  return `
      INSERT INTO ${FACET_COUNT_DELTAS} (region_code, ${DIMS}, n)
      SELECT region_code, ${DIMS}, sum(d)::int FROM (${parts.join(' UNION ALL ')}) x
       GROUP BY region_code, ${DIMS} HAVING sum(d) <> 0`;
}

/**
 * No hot rows on the write path (issue 15). Migration 900 kept the summary tables exact by upserting them in every
 * writer's transaction: every vacancy published in a region with the same occupation group, sector, education and
 * employment type updated the same regency row and the same province row, and each writer held that row lock until its
 * commit, so writers of a region queued on each other. Now the triggers only append the statement's aggregated delta to
 * an unindexed, unconstrained table (an insert never waits on another's); a background fold (the jobs service, every
 * second or so) moves the deltas into the summary tables; the readers sum the summary and the deltas not yet folded, so
 * the counts stay exact at every moment.
 */
export class VacancyFacetCountDeltas1763800001200 implements MigrationInterface {
  name = 'VacancyFacetCountDeltas1763800001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ${FACET_COUNT_DELTAS} (
        region_code text NOT NULL, kbji_sub text NOT NULL, kbli_main text NOT NULL, min_education text NOT NULL, employment_type text NOT NULL,
        overseas boolean NOT NULL, n integer NOT NULL)`);
    for (const [name, sources] of TRIGGERS)
      await q.query(
        `CREATE OR REPLACE FUNCTION vacancy_facet_counts_on_${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${appendDeltas([...sources])}; RETURN NULL; END $$`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    // the deltas are folded, then the triggers upsert the summary tables themselves again (migration 900's bodies)
    await q.query(FOLD_FACET_COUNT_DELTAS);
    for (const [name, sources] of TRIGGERS)
      await q.query(
        `CREATE OR REPLACE FUNCTION vacancy_facet_counts_on_${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${applyDeltas([...sources])}; RETURN NULL; END $$`,
      );
    await q.query(`DROP TABLE ${FACET_COUNT_DELTAS}`);
  }
}
