import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRequestHashSql } from '@siapkerja/persistence';

const TABLES = ['training_providers', 'programs', 'batches', 'enrolments'];

/**
 * A create made once per client key stores the request's hash beside its request id (libs/persistence RequestKey): a key
 * reused for a different request is refused (IDEMPOTENCY_KEY_REUSED), a retry of the same request is answered as a
 * replay. Rows made before (and rows made without a key or hash: imports, direct gRPC callers) have none and are taken as
 * the same request. Adding a nullable column rewrites nothing.
 */
export class RequestHashes1763800000500 implements MigrationInterface {
  name = 'RequestHashes1763800000500';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(addRequestHashSql(table));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS request_hash`);
  }
}
