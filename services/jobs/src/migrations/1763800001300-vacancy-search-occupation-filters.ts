import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Statistics of the occupation and industry group expressions the search filters on. */
const STATISTICS = [
  ['vacancies_kbji_minor_stats', 'left(kbji_code, 3)'],
  ['vacancies_kbji_unit_stats', 'left(kbji_code, 4)'],
  ['vacancies_kbli_main_stats', 'left(kbli_code, 2)'],
] as const;

/**
 * Words with an occupation filter, answered inside the full-text index (issue 15).
 *
 * 1. The planner had no statistics of `left(kbji_code, 4)` and the other group expressions: the indexes on them are
 *    partial, and PostgreSQL takes expression statistics from whole-table indexes only. It guessed 0.5 % of the catalogue
 *    (4,596 vacancies of 1 M) for a KBJI unit group that holds 24,374. Extended statistics on each expression give it the
 *    real frequencies (ANALYZE collects them).
 * 2. The nationwide full-text index also holds the KBJI minor and unit group of each vacancy (btree_gin), so a search
 *    with words and a 3- or 4-digit KBJI group intersects both inside the index: 'operator mesin' with KBJI 3322
 *    nationwide (no vacancy has both) read the 25,923 vacancies of the words one by one to test their group (174 ms), and
 *    now reads none (9 ms).
 */
export class VacancySearchOccupationFilters1763800001300 implements MigrationInterface {
  name = 'VacancySearchOccupationFilters1763800001300';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, expr] of STATISTICS) await q.query(`CREATE STATISTICS ${name} ON (${expr}) FROM vacancies`);
    await q.query(`DROP INDEX vacancies_search`);
    await q.query(
      `CREATE INDEX vacancies_search ON vacancies USING gin (search_vector, province_code, left(kbji_code, 3), left(kbji_code, 4))
        WHERE state = 'PUBLISHED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX vacancies_search`);
    await q.query(`CREATE INDEX vacancies_search ON vacancies USING gin (search_vector, province_code) WHERE state = 'PUBLISHED'`);
    for (const [name] of STATISTICS) await q.query(`DROP STATISTICS ${name}`);
  }
}
