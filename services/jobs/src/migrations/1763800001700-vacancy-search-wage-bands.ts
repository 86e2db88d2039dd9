import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently } from '@siapkerja/persistence';

/**
 * The lower bounds of the wage bands (rupiah per month) the nationwide full-text index holds (vacancy_wage_band): band 0
 * below the first (and every hidden wage, whose wage_sort is -1), band i from the i-th bound on, the top band from the last.
 * Frozen here: the index holds the bands these bounds give.
 */
export const WAGE_BAND_BOUNDS = [
  1_000_000, 1_250_000, 1_500_000, 2_000_000, 2_500_000, 3_000_000, 4_000_000, 5_000_000, 6_000_000, 7_500_000, 10_000_000, 12_500_000,
  15_000_000, 20_000_000, 25_000_000, 30_000_000, 40_000_000, 50_000_000, 60_000_000, 75_000_000, 100_000_000,
] as const;

/**
 * A vacancy's wage band (WAGE_BAND_BOUNDS), as the nationwide full-text index holds it: IMMUTABLE and inlined by the
 * planner, so the search's `vacancy_wage_band(v.wage_sort) = ANY(...)` matches the index expression. Never decreasing in
 * the wage: a vacancy of a lower band has a lower wage than every vacancy of a higher one.
 */
const WAGE_BAND_FUNCTION = `CREATE OR REPLACE FUNCTION vacancy_wage_band(wage_sort bigint) RETURNS int
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT width_bucket(wage_sort, '{${WAGE_BAND_BOUNDS.join(',')}}'::bigint[]) $$`;

/**
 * The highest wages among the matches of a nationwide search with words, without reading every match (issue 15).
 *
 * A nationwide page in wage order that sorts its matches (PageStrategy 'sort': up to 20,000 of them, since wages and
 * occupations correlate and walking the national wage index could read hundreds of thousands of vacancies) read every
 * match from the table to keep the best paid 21: 16,375 rows for 'supervisor' at 1 M vacancies (0.6 s out of
 * PostgreSQL's buffers), and such pages took the largest share of the database's time under the bench's diverse
 * searches. With the wage band as a sixth column of the nationwide full-text index (btree_gin), such a page asks the
 * index for its matches of the top bands only (`vacancy_wage_band(wage_sort) = ANY(bands)`: GIN intersects them with
 * the words, as migration 1600's weeks), and reads every match only when those bands held too few. A range on wage_sort
 * itself the planner would not take into the index scan (it walked the national wage index instead, filtering on the
 * words), hence bands: equalities, as the weeks.
 *
 * The index replaces migration 1600's, built CONCURRENTLY and swapped in as that one swapped its own in.
 */
export class VacancySearchWageBands1763800001700 implements MigrationInterface {
  name = 'VacancySearchWageBands1763800001700';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(WAGE_BAND_FUNCTION);
    await createIndexConcurrently(
      q,
      'vacancies_search_words_wages',
      `vacancies USING gin (search_vector, province_code, (left(kbji_code, 3)), (left(kbji_code, 4)), vacancy_week(published_at), vacancy_wage_band(wage_sort)) WHERE state = 'PUBLISHED'`,
    );
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS vacancies_search_words_weeks`);
  }

  async down(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(
      q,
      'vacancies_search_words_weeks',
      `vacancies USING gin (search_vector, province_code, (left(kbji_code, 3)), (left(kbji_code, 4)), vacancy_week(published_at)) WHERE state = 'PUBLISHED'`,
    );
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS vacancies_search_words_wages`);
    await q.query(`DROP FUNCTION IF EXISTS vacancy_wage_band(bigint)`);
  }
}
