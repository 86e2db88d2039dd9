import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last line of a synchronous upload whose chunk was applied: a chunk sent while the one before it is still applied
 * (AppendImportLines.after_line) waits until that line is reached, also when the two chunks reach different replicas.
 */
export class ImportOrder1763800000630 implements MigrationInterface {
  name = 'ImportOrder1763800000630';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE imports ADD COLUMN applied_through bigint NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE imports DROP COLUMN IF EXISTS applied_through`);
  }
}
