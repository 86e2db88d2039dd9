import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data-subject requests (UU 27/2022) carried out for each person, remembered by person id even before he holds a
 * certificate here: a restriction also covers certificates issued after it, and the export states both times.
 */
export class PersonPrivacy1763800000410 implements MigrationInterface {
  name = 'PersonPrivacy1763800000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_privacy (
        person_id                 text PRIMARY KEY CHECK (person_id ~ '^[A-Za-z0-9_-]{16,128}$'),
        erased_at                 timestamptz,
        processing_restricted_at  timestamptz,
        updated_at                timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE person_privacy');
  }
}
