import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typo tolerance through a dictionary of the words of position names: a search whose words match nothing has each unknown
 * word replaced by the most similar dictionary word (pg_trgm on a table of a few thousand words, ~1 ms), then runs as a
 * full-text search on the position names and skills (`rank_vector`, indexed with the province like `search_vector`).
 * Scanning a million position names by trigram similarity instead took 100-750 ms per search.
 * The dictionary grows with every statement that inserts or updates vacancies (statement-level triggers over the
 * transition table, so a COPY of a million rows adds its words in one INSERT).
 */
export class VacancyTypoDictionary1763800000320 implements MigrationInterface {
  name = 'VacancyTypoDictionary1763800000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE vacancy_title_words (word text PRIMARY KEY CHECK (length(word) BETWEEN 3 AND 40))`);
    await q.query(`
      CREATE FUNCTION vacancy_title_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO vacancy_title_words (word)
          SELECT DISTINCT u.lexeme FROM new_rows n, unnest(to_tsvector('simple'::regconfig, n.position_name)) u
           WHERE length(u.lexeme) BETWEEN 3 AND 40 AND u.lexeme !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER vacancy_title_words_on_insert AFTER INSERT ON vacancies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vacancy_title_words_add()`,
    );
    await q.query(
      `CREATE TRIGGER vacancy_title_words_on_update AFTER UPDATE ON vacancies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vacancy_title_words_add()`,
    );
    await q.query(`
      INSERT INTO vacancy_title_words (word)
        SELECT DISTINCT u.lexeme FROM vacancies v, unnest(to_tsvector('simple'::regconfig, v.position_name)) u
         WHERE length(u.lexeme) BETWEEN 3 AND 40 AND u.lexeme !~ '^[0-9]+$'
      ON CONFLICT DO NOTHING`);
    await q.query(`CREATE INDEX vacancy_title_words_trgm ON vacancy_title_words USING gin (word gin_trgm_ops)`);
    // the typo-tolerant search matches position names and skills only, with the province inside the index
    await q.query(`CREATE INDEX vacancies_search_rank ON vacancies USING gin (rank_vector, province_code) WHERE state = 'PUBLISHED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX vacancies_search_rank`);
    await q.query(`DROP TRIGGER vacancy_title_words_on_insert ON vacancies`);
    await q.query(`DROP TRIGGER vacancy_title_words_on_update ON vacancies`);
    await q.query(`DROP FUNCTION vacancy_title_words_add()`);
    await q.query(`DROP TABLE vacancy_title_words`);
  }
}
