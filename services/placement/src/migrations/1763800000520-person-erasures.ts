import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure (UU 27/2022) in the placement statistics: a person's placements stay counted, but their person id is replaced by
 * a stand-in per placement, so they no longer lead to him. `person_erasures` records that it was done (and makes a
 * PlacementRecorded replayed after the erasure arrive unlinked too).
 */
export class PersonErasures1763800000520 implements MigrationInterface {
  name = 'PersonErasures1763800000520';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_erasures (
        person_id            text PRIMARY KEY,
        erased_at            timestamptz NOT NULL,
        placements_unlinked  integer NOT NULL
      )`);
    await q.query(`CREATE INDEX placements_person ON placements (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX placements_person');
    await q.query('DROP TABLE person_erasures');
  }
}
