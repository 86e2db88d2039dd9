import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently } from '@siapkerja/persistence';
import { VACANCY_GIN_PENDING_LIST_KB } from './1763800001900-vacancy-gin-pending-lists';

const COLUMNS = (regency: boolean) =>
  `search_vector, province_code, ${regency ? 'region_code, ' : ''}(left(kbji_code, 1)), (left(kbji_code, 2)), (left(kbji_code, 3)), (left(kbji_code, 4)), vacancy_week(published_at), vacancy_wage_band(wage_sort)`;
const definition = (regency: boolean) =>
  `vacancies USING gin (${COLUMNS(regency)}) WITH (gin_pending_list_limit = ${VACANCY_GIN_PENDING_LIST_KB}) WHERE state = 'PUBLISHED'`;

/**
 * Words in a regency answered inside the nationwide full-text index (issue 15).
 *
 * A search with words in a regency read every published vacancy of the regency to test the words on it: PostgreSQL never
 * ANDs the bitmaps of two partial indexes whose predicates share a condition the query also names (`state =
 * 'PUBLISHED'`: it takes the second for redundant), so the province's full-text index (migration 700) and the regency's
 * btree were never intersected, and the planner read the regency's rows (or walked a KBJI index for them): 'listrik' in
 * 32.04 read 6,335 buffers (5,289 vacancies) for its 119 matches, 127 ms alone and up to 300 ms under the bench's diverse
 * searches. The nationwide full-text index now also holds the regency (btree_gin, as it holds the province since
 * migration 1800), so GIN intersects the words with the regency: 158 buffers, 7 ms. Its entries grow by one per vacancy;
 * the table keeps its number of indexes (the planner pays for each one on every statement).
 *
 * The index replaces migration 1800's, built CONCURRENTLY and swapped in as that one swapped its own in.
 */
export class VacancySearchRegencies1763800002100 implements MigrationInterface {
  name = 'VacancySearchRegencies1763800002100';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(q, 'vacancies_search_words_regions', definition(true));
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS vacancies_search_words_groups`);
  }

  async down(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(q, 'vacancies_search_words_groups', definition(false));
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS vacancies_search_words_regions`);
  }
}
