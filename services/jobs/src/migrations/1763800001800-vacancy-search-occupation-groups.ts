import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently } from '@siapkerja/persistence';

/** Statistics of the KBJI major and sub-major group expressions (as migration 1300's of the minor and unit groups). */
const STATISTICS = [
  ['vacancies_kbji_major_stats', 'left(kbji_code, 1)'],
  ['vacancies_kbji_sub_major_stats', 'left(kbji_code, 2)'],
] as const;

const PREVIOUS = `vacancies USING gin (search_vector, province_code, (left(kbji_code, 3)), (left(kbji_code, 4)), vacancy_week(published_at), vacancy_wage_band(wage_sort)) WHERE state = 'PUBLISHED'`;

/**
 * Words with a KBJI major or sub-major group answered inside the nationwide full-text index (issue 15).
 *
 * The nationwide full-text index held the KBJI minor and unit groups (3 and 4 digits, migration 1300), so a search with
 * words and a 1- or 2-digit group tested the group on the table's rows: 'kepala' with KBJI 22 read 14,919 vacancies to
 * keep 1,470, and such statements (`kbji_code LIKE '22%'`, about 110 ms and 8,300 buffers each) took 8 % of the
 * database's statement time under the bench's diverse searches. The index now also holds the major and sub-major group
 * (btree_gin), and a nationwide search with words filters on `left(kbji_code, n) = group` at every level, which GIN
 * intersects with the words (and with the weeks and wage bands of migrations 1600 and 1700). A prefix of the code is the
 * same test as `LIKE 'group%'`, for any code. Statistics of both expressions give the planner their frequencies (as for
 * the minor and unit groups: without them it guesses 0.5 % of the catalogue, where a major group holds up to a third).
 *
 * The index replaces migration 1700's, built CONCURRENTLY and swapped in as that one swapped its own in.
 */
export class VacancySearchOccupationGroups1763800001800 implements MigrationInterface {
  name = 'VacancySearchOccupationGroups1763800001800';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    for (const [name, expr] of STATISTICS) await q.query(`CREATE STATISTICS IF NOT EXISTS ${name} ON (${expr}) FROM vacancies`);
    await createIndexConcurrently(
      q,
      'vacancies_search_words_groups',
      `vacancies USING gin (search_vector, province_code, (left(kbji_code, 1)), (left(kbji_code, 2)), (left(kbji_code, 3)), (left(kbji_code, 4)), vacancy_week(published_at), vacancy_wage_band(wage_sort)) WHERE state = 'PUBLISHED'`,
    );
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS vacancies_search_words_wages`);
    await q.query(`ANALYZE vacancies`);
  }

  async down(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(q, 'vacancies_search_words_wages', PREVIOUS);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS vacancies_search_words_groups`);
    for (const [name] of STATISTICS) await q.query(`DROP STATISTICS IF EXISTS ${name}`);
  }
}
