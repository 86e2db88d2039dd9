import type { MigrationInterface, QueryRunner } from 'typeorm';
import { listProvinces } from '@siapkerja/codes';
import { createIndexConcurrently } from '@siapkerja/persistence';
import { provinceIndexName } from './1763800000700-vacancy-search-province-indexes';
import { VACANCY_GIN_PENDING_LIST_KB } from './1763800001900-vacancy-gin-pending-lists';

/**
 * A vacancy's words as its province's words: each lexeme prefixed with the province code and a colon ('32:perawat'),
 * without positions or weights (the index finds the candidates; the search itself is tested on search_vector). About
 * 6 us per vacancy: PL/pgSQL, never inlined, with a COST above the full-text match's, so that on a row another index
 * gave the cheaper match is tested first and this only on the rows that passed it. Lexemes hold no control characters
 * (the parser splits on them), so \x01 can separate them.
 */
const WORDS_FUNCTION = `CREATE OR REPLACE FUNCTION vacancy_province_words(province text, words tsvector) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10
  AS $$ BEGIN
    RETURN array_to_tsvector(string_to_array(province || ':' || array_to_string(tsvector_to_array(words), E'\\x01' || province || ':'), E'\\x01'));
  END $$`;

/**
 * A query's lexemes prefixed the same way, in its text form (every lexeme quoted, a quote in it doubled), and its phrase
 * operators (<->, <N>) made ANDs: the province's words have no positions, and a phrase, even the one the parser makes of
 * "o'neil" or "e-commerce", would match none of them. What it then matches holds every match of the query (which the
 * search tests on the rows), and GIN answers it without a recheck. Lexemes hold no spaces, so an operator between spaces
 * is never inside one.
 */
const QUERY_FUNCTION = `CREATE OR REPLACE FUNCTION vacancy_province_query(province text, query tsquery) RETURNS tsquery
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ BEGIN
    RETURN regexp_replace(
      regexp_replace(query::text, '''((?:[^'']|'''')*)''', '''' || province || ':\\1''', 'g'),
      ' <(-|[0-9]+)> ', ' & ', 'g')::tsquery;
  END $$`;

export const PROVINCE_WORDS_INDEX = 'vacancies_search_province_words';
export const PROVINCE_WORDS_STATISTICS = 'vacancies_province_words_stats';

/**
 * One full-text index of the published vacancies by province, in place of migration 700's 38 partial indexes (issue 15).
 *
 * Every statement on vacancies paid for the 38 partial indexes when it was planned, used or not: the planner tries to
 * prove each index's predicate (`province_code = 'NN'`) from the statement's conditions, evaluating the comparison of
 * the two codes for every province but the statement's, and reads each index's size. At 1 M vacancies, 60 statements of
 * the bench's diverse searches were planned in 64.8 ms with them and 39.9 ms without (0.41 ms each; 0.7-1.1 ms for a
 * regency's); a diverse search plans three to five statements. Each new vacancy likewise had 38 index predicates
 * prepared and tested by its INSERT.
 *
 * The entries of this index are the province's own words ('32:perawat'), so a search in a province or regency reads the
 * same short posting lists as it did from the province's partial index, and not the nationwide full-text index's,
 * where each word is intersected with the province's posting list of up to 140,000 vacancies (1.2 ms more per statement
 * measured on 40 of them; migration 700). Built CONCURRENTLY before the partial indexes are dropped.
 *
 * The planner ignores a partial index's own statistics, and without any it takes every word of every province for
 * 0.5 % of the catalogue (4,600 vacancies at 1 M, where '52:pengemudi' has 40): it then read a small province's or a
 * regency's vacancies one by one rather than the index. An expression statistics object gives it the province words'
 * frequencies, 10,000 of the most common (statistics target 1000; the table's sample stays the same size, ANALYZE took
 * 31-35 s at 1 M vacancies with it and without): '32:listrik' 3,887 expected, 3,848 real. The table is analyzed once
 * here, so the statistics exist from the start (autovacuum keeps them after).
 */
export class VacancySearchProvinceWords1763800002100 implements MigrationInterface {
  name = 'VacancySearchProvinceWords1763800002100';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(WORDS_FUNCTION);
    await q.query(QUERY_FUNCTION);
    await createIndexConcurrently(
      q,
      PROVINCE_WORDS_INDEX,
      `vacancies USING gin (vacancy_province_words(province_code, search_vector)) WITH (gin_pending_list_limit = ${VACANCY_GIN_PENDING_LIST_KB}) WHERE state = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE STATISTICS IF NOT EXISTS ${PROVINCE_WORDS_STATISTICS} ON (vacancy_province_words(province_code, search_vector)) FROM vacancies`,
    );
    await q.query(`ALTER STATISTICS ${PROVINCE_WORDS_STATISTICS} SET STATISTICS 1000`);
    await q.query(`ANALYZE vacancies`);
    for (const p of listProvinces()) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${provinceIndexName(p.code)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const p of listProvinces()) {
      await createIndexConcurrently(
        q,
        provinceIndexName(p.code),
        `vacancies USING gin (search_vector) WITH (gin_pending_list_limit = ${VACANCY_GIN_PENDING_LIST_KB}) WHERE state = 'PUBLISHED' AND province_code = '${p.code}'`,
      );
    }
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${PROVINCE_WORDS_INDEX}`);
    await q.query(`DROP STATISTICS IF EXISTS ${PROVINCE_WORDS_STATISTICS}`);
    await q.query(`DROP FUNCTION IF EXISTS vacancy_province_query(text, tsquery)`);
    await q.query(`DROP FUNCTION IF EXISTS vacancy_province_words(text, tsvector)`);
  }
}
