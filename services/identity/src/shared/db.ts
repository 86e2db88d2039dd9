import type { DataSource, EntityManager } from 'typeorm';

/** Rows of a statement (also of UPDATE/DELETE ... RETURNING), through TypeORM's structured result. */
export async function rows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const qr = 'createQueryRunner' in db ? db.createQueryRunner() : db.queryRunner;
  if (!qr) throw new Error('no query runner');
  try {
    const r = await qr.query(sql, params, true);
    return (r.records ?? []) as T[];
  } finally {
    if ('createQueryRunner' in db) await qr.release();
  }
}
