import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `event_archive.envelope` is kept as the text of the envelope the service consumed (or built, for an import batch), not
 * as jsonb: the archive is read only by a rebuild, which parses it once in Node, while every write paid PostgreSQL's
 * jsonb parsing (an import batch's envelope of about 1.3 MB took 25 ms of the batch's transaction to bind, about 1 s of
 * server CPU for 200,000 records; text input is a copy). The text is also the envelope exactly as received. lz4 stays.
 */
export class ArchiveText1763800000820 implements MigrationInterface {
  name = 'ArchiveText1763800000820';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event_archive ALTER COLUMN envelope TYPE text USING envelope::text`);
    const [{ lz4 }]: { lz4: boolean }[] = await q.query(
      `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
    );
    if (lz4) await q.query(`ALTER TABLE event_archive ALTER COLUMN envelope SET COMPRESSION lz4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event_archive ALTER COLUMN envelope TYPE jsonb USING envelope::jsonb`);
  }
}
