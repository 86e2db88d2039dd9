import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Person writer locks become row locks (placements.recorder.ts, lockPersons): one row per person ever written, locked by
 * the transaction that writes the person's placements. They replace 256 advisory-lock slots, which every import batch of
 * a few thousand persons covered whole, so concurrent batches of different persons took turns for all their database
 * work; row locks take no room in PostgreSQL's shared lock table (which one advisory lock per person filled).
 * Every person with a placement (or an erasure) has a row, so a writer that inserts a person's row knows the person has
 * nothing to match or unlink yet: the rows of the persons written before are filled in here.
 */
export class PersonWriterRows1763800000800 implements MigrationInterface {
  name = 'PersonWriterRows1763800000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE person_writers (person_id text PRIMARY KEY)`);
    await q.query(
      `INSERT INTO person_writers (person_id)
       SELECT person_id FROM placements WHERE position(':' IN person_id) = 0 UNION SELECT person_id FROM person_erasures`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE person_writers');
  }
}
