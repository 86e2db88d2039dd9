import { Client } from 'pg';
import { createTestDatabase, serviceTestEnv, uniqueSuffix, waitFor } from './index';

describe('testing helpers', () => {
  it('creates and drops a unique database', async () => {
    const db = await createTestDatabase('helper');
    const c = new Client({ connectionString: db.url });
    await c.connect();
    expect((await c.query('SELECT current_database() AS d')).rows[0].d).toMatch(/^helper_/);
    await c.end();
    await db.drop();
    await expect(new Client({ connectionString: db.url }).connect()).rejects.toThrow(/does not exist/);
  });

  it('waits for a condition and reports what timed out', async () => {
    let n = 0;
    expect(await waitFor(async () => ++n >= 3 && n, { intervalMs: 1 })).toBe(3);
    await expect(waitFor(async () => false, { timeoutMs: 30, intervalMs: 5, what: 'never' })).rejects.toThrow(
      /timed out waiting for never/,
    );
    expect(uniqueSuffix()).not.toBe(uniqueSuffix());
  });

  it('builds a service environment on random ports', () => {
    process.env.KAFKA_BROKERS ??= '127.0.0.1:1';
    expect(serviceTestEnv('postgres://x/y')).toMatchObject({
      DATABASE_URL: 'postgres://x/y',
      GRPC_PORT: '0',
      METRICS_PORT: '0',
      EVENT_BUS: 'kafka',
    });
  });
});
