import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receipts of applied bulk-import records (ApplyImportBatch): one per (uploader scope, kind, key), so a replayed record
 * changes nothing and answers the first receipt. Only accepted records are kept: a rejected one changed nothing.
 */
export class ImportReceipts1763800001100 implements MigrationInterface {
  name = 'ImportReceipts1763800001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS import_receipts (
        scope text NOT NULL,
        kind text NOT NULL,
        key text NOT NULL,
        resource_id uuid NOT NULL,
        import_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, kind, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_receipts`);
  }
}
