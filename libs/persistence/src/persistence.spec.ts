import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase } from '@siapkerja/testing';
import { isDatabaseUp, openDatabase } from './index';

class CreateThings1700000000001 implements MigrationInterface {
  name = 'CreateThings1700000000001';
  async up(q: QueryRunner) { await q.query('CREATE TABLE things (id int PRIMARY KEY)'); }
  async down(q: QueryRunner) { await q.query('DROP TABLE things'); }
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
});
