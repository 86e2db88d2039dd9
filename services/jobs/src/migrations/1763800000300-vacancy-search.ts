import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Karirhub vacancy search (PostgreSQL only).
 *
 * - `search_vector`: generated tsvector over the position name (weight A), skills (B) and description (C). PostgreSQL has no
 *   Indonesian stemmer, so every text is indexed twice: with the 'simple' configuration (lower-cased words as written, which
 *   is what Indonesian needs: "perawat", "pengemudi") and with 'english' (stemmed: "programmers" -> "programm"). A query
 *   is matched with both configurations (see vacancy-search.query.ts).
 * - `province_code`, `wage_sort`: generated columns for the province facet/filter and the wage sort (-1 when the wage is
 *   hidden or not given, so hidden wages never sort or filter as a number).
 * - pg_trgm GIN index on the position name for the typo-tolerant fallback (`<%`, word similarity).
 * - Partial indexes on PUBLISHED rows only: the search never reads anything else. The facet index lets filter-only
 *   searches count facets from the index alone (needs a vacuumed visibility map; autovacuum keeps it).
 */
export class VacancySearch1763800000300 implements MigrationInterface {
  name = 'VacancySearch1763800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // array_to_string is only STABLE; with fixed text search configurations this function is truly immutable
    await q.query(`
      CREATE FUNCTION vacancy_search_vector(position_name text, skills text[], description text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('simple'::regconfig, coalesce(position_name, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(position_name, '')), 'A')
            || setweight(to_tsvector('simple'::regconfig, coalesce(array_to_string(skills, ' '), '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(array_to_string(skills, ' '), '')), 'B')
            || setweight(to_tsvector('simple'::regconfig, coalesce(left(description, 4000), '')), 'C')
            || setweight(to_tsvector('english'::regconfig, coalesce(left(description, 4000), '')), 'C')
      $$`);
    await q.query(`
      ALTER TABLE vacancies
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (vacancy_search_vector(position_name, skills, description)) STORED,
        ADD COLUMN province_code text GENERATED ALWAYS AS (left(region_code, 2)) STORED,
        ADD COLUMN wage_sort bigint GENERATED ALWAYS AS (CASE WHEN wage_hidden THEN -1 ELSE coalesce(wage_max, wage_min, -1) END) STORED`);
    // full text, intersected inside the index with the province when one is given (btree_gin)
    await q.query(`CREATE INDEX vacancies_search ON vacancies USING gin (search_vector, province_code) WHERE state = 'PUBLISHED'`);
    // typo tolerance on the position name
    await q.query(
      `CREATE INDEX vacancies_search_position_trgm ON vacancies USING gin (position_name gin_trgm_ops) WHERE state = 'PUBLISHED'`,
    );
    // keyset orders of the published catalogue: by date, by wage; nationwide and per province
    await q.query(`CREATE INDEX vacancies_search_date ON vacancies (published_at DESC, id DESC) WHERE state = 'PUBLISHED'`);
    await q.query(
      `CREATE INDEX vacancies_search_province_date ON vacancies (province_code, published_at DESC, id DESC) WHERE state = 'PUBLISHED'`,
    );
    await q.query(`CREATE INDEX vacancies_search_wage ON vacancies (wage_sort DESC, id DESC) WHERE state = 'PUBLISHED'`);
    await q.query(
      `CREATE INDEX vacancies_search_regency_date ON vacancies (region_code, published_at DESC, id DESC) WHERE state = 'PUBLISHED'`,
    );
    // facet counts of filter-only searches (no words) as index-only scans: every facet and filter column, narrow rows
    await q.query(
      `CREATE INDEX vacancies_search_facets ON vacancies (province_code, region_code, kbji_code, kbli_code, min_education, employment_type, overseas, published_at)
        WHERE state = 'PUBLISHED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of [
      'vacancies_search',
      'vacancies_search_position_trgm',
      'vacancies_search_date',
      'vacancies_search_province_date',
      'vacancies_search_wage',
      'vacancies_search_regency_date',
      'vacancies_search_facets',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${i}`);
    }
    await q.query(`ALTER TABLE vacancies DROP COLUMN search_vector, DROP COLUMN province_code, DROP COLUMN wage_sort`);
    await q.query(`DROP FUNCTION vacancy_search_vector(text, text[], text)`);
  }
}
