import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk imports: one row per upload (its uploader, the caller it is applied with, the Idempotency-Key, counts), the lines
 * of an async upload staged until the worker applies them, and the receipts an async upload keeps for its uploader.
 */
export class Imports1763800000620 implements MigrationInterface {
  name = 'Imports1763800000620';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE imports (
        id              uuid PRIMARY KEY,
        owner           text NOT NULL,
        caller_json     text NOT NULL,
        idempotency_key text,
        async           boolean NOT NULL,
        allowed_kinds   text[] NOT NULL,
        state           text NOT NULL,
        received        bigint NOT NULL DEFAULT 0,
        accepted        bigint NOT NULL DEFAULT 0,
        rejected        bigint NOT NULL DEFAULT 0,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        completed_at    timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX imports_owner_key ON imports (owner, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await q.query(`CREATE INDEX imports_queued ON imports (created_at) WHERE state IN ('QUEUED', 'RUNNING')`);
    await q.query(`
      CREATE TABLE import_lines (
        import_id uuid NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        line      bigint NOT NULL,
        data      bytea NOT NULL,
        size      bigint NOT NULL,
        PRIMARY KEY (import_id, line)
      )`);
    await q.query(`
      CREATE TABLE import_line_receipts (
        import_id    uuid NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        line         bigint NOT NULL,
        kind         text NOT NULL,
        key          text NOT NULL,
        accepted     boolean NOT NULL,
        resource_id  text NOT NULL,
        problem_json text NOT NULL,
        PRIMARY KEY (import_id, line)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_line_receipts`);
    await q.query(`DROP TABLE IF EXISTS import_lines`);
    await q.query(`DROP TABLE IF EXISTS imports`);
  }
}
