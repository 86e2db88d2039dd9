import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createTestDatabase, sandboxAuth, serviceTestEnv, uniqueSuffix, waitFor } from './index';

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

  it('drops a database once the sessions still leaving it are gone, without terminating them', async () => {
    const db = await createTestDatabase('helper');
    const errors: unknown[] = [];
    // a session on its way out (as a pool's idle connections are when its end() has resolved)
    const leaving = new Client({ connectionString: db.url });
    leaving.on('error', (e) => errors.push(e));
    await leaving.connect();
    const dropped = db.drop();
    await new Promise((r) => setTimeout(r, 300));
    await leaving.end();
    await dropped;
    // dropped at once WITH (FORCE), the session gets 57P01 (terminating connection due to administrator command)
    expect(errors).toEqual([]);
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

  it('renews a sandbox token a minute before it expires, and never a short-lived one', async () => {
    let issued = 0;
    const lives: Record<string, number> = { 'sandbox-partner-a': 300, 'sandbox-admin': 100 };
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const id = new URLSearchParams(body).get('client_id')!;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ access_token: `${id}-${++issued}`, token_type: 'Bearer', expires_in: lives[id] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'Date', 'performance', 'hrtime'] });
    try {
      const partner = await sandboxAuth(url, 'partnerA');
      const admin = await sandboxAuth(url, 'admin');
      expect({ ...partner }).toEqual({ authorization: 'Bearer sandbox-partner-a-1' });
      await jest.advanceTimersByTimeAsync(239_000);
      expect(partner.authorization).toBe('Bearer sandbox-partner-a-1');
      await jest.advanceTimersByTimeAsync(1_000);
      for (let i = 0; i < 1000 && partner.authorization !== 'Bearer sandbox-partner-a-3'; i++) await new Promise((r) => setImmediate(r));
      expect({ ...partner }).toEqual({ authorization: 'Bearer sandbox-partner-a-3' });
      // the short-lived token (100 s) is never renewed: a test of expiry sees it expire
      await jest.advanceTimersByTimeAsync(600_000);
      expect(admin.authorization).toBe('Bearer sandbox-admin-2');
    } finally {
      jest.useRealTimers();
      server.close();
    }
  });
});
