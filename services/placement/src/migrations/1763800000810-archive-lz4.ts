import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `event_archive.envelope` is compressed with lz4 where the server has it (PostgreSQL 14+ built with lz4, as Debian's and
 * the official images are): an import batch archives one envelope of about 1.3 MB, which pglz compressed in 25-40 ms
 * of the batch's transaction, lz4 in 3-7 ms (measured on this project's machines). Rows already stored keep pglz.
 */
export class ArchiveLz41763800000810 implements MigrationInterface {
  name = 'ArchiveLz41763800000810';

  async up(q: QueryRunner): Promise<void> {
    const [{ lz4 }]: { lz4: boolean }[] = await q.query(
      `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
    );
    if (lz4) await q.query(`ALTER TABLE event_archive ALTER COLUMN envelope SET COMPRESSION lz4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event_archive ALTER COLUMN envelope SET COMPRESSION default`);
  }
}
