import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently } from '@siapkerja/persistence';

/** Statistics of the occupation and industry group expressions the search filters on. */
const STATISTICS = [
  ['vacancies_kbji_minor_stats', 'left(kbji_code, 3)'],
  ['vacancies_kbji_unit_stats', 'left(kbji_code, 4)'],
  ['vacancies_kbli_main_stats', 'left(kbli_code, 2)'],
] as const;

const INDEXES = [
  {
    name: 'vacancies_search_words',
    def: `USING gin (search_vector, province_code, (left(kbji_code, 3)), (left(kbji_code, 4)))`,
    replaces: 'vacancies_search',
  },
  {
    name: 'vacancies_search_walk_province_wage',
    def: `(province_code, wage_sort DESC, id DESC) INCLUDE (region_code, kbji_code, kbli_code, min_education, employment_type, overseas, wage_min, wage_max, published_at)`,
    replaces: undefined as string | undefined,
  },
];

/**
 * Words with an occupation filter answered inside the full-text index, and a region's vacancies in wage order (issue 15).
 *
 * 1. The planner had no statistics of `left(kbji_code, 4)` and the other group expressions: the indexes on them are
 *    partial, and PostgreSQL takes expression statistics from whole-table indexes only. It guessed 0.5 % of the catalogue
 *    (4,596 vacancies of 1 M) for a KBJI unit group that holds 24,374. Extended statistics on each expression give it the
 *    real frequencies (ANALYZE collects them).
 * 2. The nationwide full-text index also holds the KBJI minor and unit group of each vacancy (btree_gin), so a search
 *    with words and a 3- or 4-digit KBJI group intersects both inside the index: 'operator mesin' with KBJI 3322
 *    nationwide (no vacancy has both) read the 25,923 vacancies of the words one by one to test their group (174 ms), and
 *    now reads none (9 ms). It replaces the index of migration 300 (words and province).
 * 3. A province's vacancies in wage order (index-only, as the date walks of migration 910): a search without words in a
 *    province or regency, highest wage first, walked the national wage index and passed over every other province's
 *    vacancies (185,000 index entries, 94 ms, for KBJI 8 in province 73).
 * Indexes are built CONCURRENTLY (as migrations 700 and 910); the index replaced is dropped once its successor exists.
 */
export class VacancySearchOccupationFilters1763800001300 implements MigrationInterface {
  name = 'VacancySearchOccupationFilters1763800001300';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    for (const [name, expr] of STATISTICS) await q.query(`CREATE STATISTICS IF NOT EXISTS ${name} ON (${expr}) FROM vacancies`);
    for (const i of INDEXES) {
      await createIndexConcurrently(q, i.name, `vacancies ${i.def} WHERE state = 'PUBLISHED'`);
      if (i.replaces) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${i.replaces}`);
    }
    await q.query(`ANALYZE vacancies`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS vacancies_search ON vacancies USING gin (search_vector, province_code) WHERE state = 'PUBLISHED'`,
    );
    for (const i of INDEXES) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${i.name}`);
    for (const [name] of STATISTICS) await q.query(`DROP STATISTICS IF EXISTS ${name}`);
  }
}
