import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `placement_sources.fact_hash`: the hash of the placement fact a report was recorded with (placements.recorder.ts
 * factHash), so that an import record replayed under its key with another content is refused (IDEMPOTENCY_KEY_REUSED)
 * instead of answered with the first record's receipt. Null for the rows written before (taken as the same record).
 */
export class SourceFactHash1763800000840 implements MigrationInterface {
  name = 'SourceFactHash1763800000840';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement_sources ADD COLUMN fact_hash text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement_sources DROP COLUMN fact_hash`);
  }
}
