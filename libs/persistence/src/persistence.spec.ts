import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabaseExists, isDatabaseUp, onceByRequestId, openDatabase } from './index';

/** A fresh database of its own (not @siapkerja/testing's helper: that lib depends on this one). */
async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const u = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await ensureDatabaseExists(u.toString());
  return { url: u.toString(), drop: () => dropDatabase(u.toString()) };
}

class CreateThings1700000000001 implements MigrationInterface {
  name = 'CreateThings1700000000001';
  async up(q: QueryRunner) {
    await q.query('CREATE TABLE things (id int PRIMARY KEY)');
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE things');
  }
}

describe('persistence', () => {
  it('creates the database, runs migrations once, never synchronizes', async () => {
    const db = await createTestDatabase('persist');
    try {
      const ds = await openDatabase({ url: db.url, entities: [], migrations: [CreateThings1700000000001] });
      expect(ds.options.synchronize).toBe(false);
      expect(await isDatabaseUp(ds)).toBe(true);
      await ds.destroy();
      const again = await openDatabase({ url: db.url, entities: [], migrations: [CreateThings1700000000001] });
      const rows = await again.query('SELECT name FROM schema_migrations');
      expect(rows.map((r: { name: string }) => r.name)).toEqual(['CreateThings1700000000001']);
      await again.destroy();
      expect(await isDatabaseUp(again)).toBe(false);
    } finally {
      await db.drop();
    }
    const c = new Client({ connectionString: db.url });
    await expect(c.connect()).rejects.toThrow();
  });

  it("answers a retry racing the first call with the first call's row, whatever the loser ran into; rethrows when nothing was made", async () => {
    type Row = { id: string; requestId: string | null };
    const rows: Row[] = [];
    const repo = { findOneBy: async (w: { requestId: string }) => rows.find((r) => r.requestId === w.requestId) ?? null };
    let release!: () => void;
    const firstCommitted = new Promise<void>((r) => (release = r));
    // both look before either commits; the loser then meets the winner's row through a business rule, not the unique index
    const [a, b] = await Promise.all([
      onceByRequestId(repo as never, 'k1', async () => {
        const row = { id: 'a', requestId: 'k1' };
        rows.push(row);
        release();
        return row;
      }),
      onceByRequestId(repo as never, 'k1', async () => {
        await firstCommitted;
        if (rows.length) throw new Error('This person is already enrolled');
        return { id: 'b', requestId: 'k1' };
      }),
    ]);
    expect([a.id, b.id]).toEqual(['a', 'a']);
    await expect(
      onceByRequestId(repo as never, 'k2', async () => {
        throw new Error('batch is not OPEN');
      }),
    ).rejects.toThrow('batch is not OPEN');
  });
});
