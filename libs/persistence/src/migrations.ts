import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What runs SQL in a migration (TypeORM's QueryRunner). */
export interface MigrationSql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Builds an index CONCURRENTLY, outside a transaction (a live table keeps taking writes; the migration sets
 * `transaction = false`), unless it exists. An index left invalid by an interrupted build is dropped and built again.
 * `definition`: what follows `ON` (table, method, columns, predicate).
 */
export async function createIndexConcurrently(q: MigrationSql, name: string, definition: string): Promise<void> {
  const invalid = (await q.query(
    `SELECT 1 FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE c.relname = $1 AND NOT x.indisvalid`,
    [name],
  )) as unknown[];
  if (invalid.length) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${name} ON ${definition}`);
}

/**
 * A migration that adds one index, built CONCURRENTLY outside a transaction (a live table keeps taking writes; see
 * {@link createIndexConcurrently}), and drops it on the way down. `name`: the migration's name, ending in its timestamp;
 * `definition`: what follows `ON`.
 */
export function indexMigration(name: string, index: string, definition: string): new () => MigrationInterface {
  if (!/^[a-z][a-z0-9_]*$/.test(index)) throw new Error(`index name ${index} must be a plain identifier`);
  return class implements MigrationInterface {
    name = name;
    transaction = false;
    async up(q: QueryRunner): Promise<void> {
      await createIndexConcurrently(q, index, definition);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${index}`);
    }
  };
}

/**
 * A migration that drops indexes CONCURRENTLY, outside a transaction (no lock writers wait on), and builds them again
 * the same way on the way down ({@link indexMigration}'s inverse). `indexes`: each name and what follows `ON`.
 */
export function dropIndexesMigration(name: string, indexes: { name: string; definition: string }[]): new () => MigrationInterface {
  for (const i of indexes) if (!/^[a-z][a-z0-9_]*$/.test(i.name)) throw new Error(`index name ${i.name} must be a plain identifier`);
  return class implements MigrationInterface {
    name = name;
    transaction = false;
    async up(q: QueryRunner): Promise<void> {
      for (const i of indexes) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${i.name}`);
    }
    async down(q: QueryRunner): Promise<void> {
      for (const i of indexes) await createIndexConcurrently(q, i.name, i.definition);
    }
  };
}

/**
 * The btree indexes of a database's `public` schema that another btree index of the same table makes redundant: not
 * unique, with the same predicate, and whose key columns (expressions and operator classes included) begin the other's.
 * Whatever such an index answers, the longer one answers too; each write pays for both, and the planner prices both on
 * every statement that reads the table. Rows: the table, the index and the one that covers it.
 */
export const REDUNDANT_INDEXES_SQL = `
  WITH ix AS (
    SELECT x.indexrelid, x.indrelid, c.relname AS name, x.indisunique AS is_unique, x.indnkeyatts AS n, a.amname AS method,
           coalesce(pg_get_expr(x.indpred, x.indrelid), '') AS pred,
           array(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) k) AS cols,
           (x.indclass::oid[])[0:x.indnkeyatts - 1] AS classes
      FROM pg_index x
      JOIN pg_class c ON c.oid = x.indexrelid
      JOIN pg_am a ON a.oid = c.relam
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace ns ON ns.oid = t.relnamespace
     WHERE ns.nspname = 'public')
  SELECT a.indrelid::regclass::text AS "table", a.name AS index, b.name AS "coveredBy"
    FROM ix a JOIN ix b ON b.indrelid = a.indrelid AND b.indexrelid <> a.indexrelid
   WHERE a.method = 'btree' AND b.method = 'btree' AND NOT a.is_unique AND a.pred = b.pred AND a.n <= b.n
     AND a.cols = b.cols[1:a.n] AND a.classes = b.classes[1:a.n]
     AND (a.n < b.n OR a.indexrelid > b.indexrelid)
   ORDER BY 1, 2, 3`;

/** The redundant indexes of a database (REDUNDANT_INDEXES_SQL), through a pg client or pool. */
export async function redundantIndexes(db: {
  query(sql: string): Promise<{ rows: unknown[] }>;
}): Promise<{ table: string; index: string; coveredBy: string }[]> {
  return (await db.query(REDUNDANT_INDEXES_SQL)).rows as { table: string; index: string; coveredBy: string }[];
}
