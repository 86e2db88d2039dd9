import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRequestHashSql } from '@siapkerja/persistence';

/** The tables whose rows are created once per client key (libs/persistence onceByRequestId): each has a request_id. */
const TABLES = ['schemes', 'certificates', 'lsps', 'tuks', 'assessors', 'assessments'];

/**
 * Beside its request id, a row created once per client key stores the request's hash (libs/persistence RequestKey): a
 * retry with the same key but another request is refused (IDEMPOTENCY_KEY_REUSED). Rows stored before keep a null hash
 * and are taken as the same request.
 */
export class RequestHashes1763800000800 implements MigrationInterface {
  name = 'RequestHashes1763800000800';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(addRequestHashSql(table));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS request_hash`);
  }
}
