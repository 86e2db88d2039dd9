import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Person writer locks become row locks (placements.recorder.ts, lockPersons): one row per person ever written, locked by
 * the transaction that writes the person's placements. They replace 256 advisory-lock slots, which every import batch of
 * a few thousand persons covered whole, so concurrent batches of different persons took turns for all their database
 * work; row locks take no room in PostgreSQL's shared lock table (which one advisory lock per person filled).
 */
export class PersonWriterRows1763800000800 implements MigrationInterface {
  name = 'PersonWriterRows1763800000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE person_writers (person_id text PRIMARY KEY)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE person_writers');
  }
}
