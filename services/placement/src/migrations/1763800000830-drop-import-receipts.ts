import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `import_receipts` goes: an accepted import record's receipt is its placement source (source key IMPORT:<scope>:<key>),
 * answered again on replay, and a rejected one is not kept (the uploader corrects and resends it). Nothing has written the
 * table since the receipts moved there.
 */
export class DropImportReceipts1763800000830 implements MigrationInterface {
  name = 'DropImportReceipts1763800000830';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_receipts`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_receipts (
        scope        text NOT NULL,
        kind         text NOT NULL,
        key          text NOT NULL,
        accepted     boolean NOT NULL,
        resource_id  text NOT NULL,
        problem_json text NOT NULL,
        import_id    text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, kind, key)
      )`);
  }
}
