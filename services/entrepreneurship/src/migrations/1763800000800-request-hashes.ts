import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRequestHashSql } from '@siapkerja/persistence';

/** The tables whose rows are created once per client key (a request_id column). */
const TABLES = ['tkm_groups', 'tkm_programs', 'tkm_proposals', 'tkm_tranches', 'tkm_business_reports'];

/**
 * A create made once per client key stores the request's hash beside its request id (libs/persistence RequestKey): a key
 * reused for a different request is refused (IDEMPOTENCY_KEY_REUSED). Rows made before have none and are taken as the
 * same request. Adding a nullable column rewrites nothing.
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
