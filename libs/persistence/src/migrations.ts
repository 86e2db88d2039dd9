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
