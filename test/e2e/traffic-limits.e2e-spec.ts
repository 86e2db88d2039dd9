import { Client } from 'pg';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, sandboxAuth, serviceTestEnv, TEST_PERSON_SECRET } from '@siapkerja/testing';
import type { DataSource } from 'typeorm';
import { startGateway, type RunningGateway } from '../../services/gateway/src/app';
import { identityService } from '../../services/identity/src/identity.module';
import { deleteExpiredKeys } from '../../services/gateway/src/traffic/idempotency';
import { deleteOldWindows } from '../../services/gateway/src/traffic/rate-limit';
import { calls, startHarness } from '../../services/gateway/test/traffic.harness';
import { freshWindow } from './http';

/**
 * Rate limits and Idempotency-Key through HTTP against a real PostgreSQL: the real gateway (its
 * backing services are down, so /v1 reads answer 503, which still counts) and a harness app with
 * the TrafficModule and routes that need no service (bulk lane, idempotency replays).
 */
const LIMIT = 5;
const BULK_LIMIT = 12;

let identityUrl = '127.0.0.1:1';

function gatewayEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  const down = '127.0.0.1:1';
  return {
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafkaBrokers().join(','),
    PERSON_ID_SECRET: TEST_PERSON_SECRET,
    SANDBOX: 'true',
    JOBS_GRPC_URL: down,
    TRAINING_GRPC_URL: down,
    CERTIFICATION_GRPC_URL: down,
    PLACEMENT_GRPC_URL: down,
    ENTREPRENEURSHIP_GRPC_URL: down,
    INTEGRATION_GRPC_URL: down,
    // the token endpoint is identity's (started once for the file, shared by every gateway instance of it)
    IDENTITY_GRPC_URL: identityUrl,
    GRPC_DEADLINE_MS: '200',
    RATE_LIMIT_PER_MINUTE: String(LIMIT),
    RATE_LIMIT_IP_PER_MINUTE: String(LIMIT),
    RATE_LIMIT_BULK_PER_MINUTE: String(BULK_LIMIT),
    ...extra,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const rl = (res: Response) => ({
  limit: res.headers.get('ratelimit-limit'),
  remaining: res.headers.get('ratelimit-remaining'),
  reset: res.headers.get('ratelimit-reset'),
});

let identity: RunningService | undefined;
let identityDb: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
beforeAll(async () => {
  identityDb = await createTestDatabase('gw_traffic_identity');
  identity = await startService(identityService, serviceTestEnv(identityDb.url, { SANDBOX: 'true' }));
  identityUrl = `127.0.0.1:${identity.grpcPort}`;
});
afterAll(async () => {
  await identity?.stop();
  await identityDb?.drop();
});

describe('gateway traffic: rate limits', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pg: Client;
  let gw: RunningGateway;
  let auth: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase('gw_traffic');
    gw = await startGateway(gatewayEnv(db.url));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    auth = await sandboxAuth(gw.url);
  });
  afterAll(async () => {
    await pg?.end();
    await gw?.close();
    await db?.drop();
  });
  beforeEach(async () => {
    await freshWindow();
    await pg.query('DELETE FROM rate_limit_counters');
  });

  const get = (base: string, path: string, headers: Record<string, string> = auth) => fetch(base + path, { headers });

  it('sends RateLimit headers counting down, then 429 problem+json with Retry-After', async () => {
    for (let i = 1; i <= LIMIT; i++) {
      const res = await get(gw.url, '/v1/employers/x');
      expect(res.status).not.toBe(429); // 503: the jobs service is down, the request still counts
      expect(rl(res)).toEqual({ limit: String(LIMIT), remaining: String(LIMIT - i), reset: expect.stringMatching(/^\d+$/) });
      expect(Number(rl(res).reset)).toBeGreaterThanOrEqual(1);
      expect(Number(rl(res).reset)).toBeLessThanOrEqual(60);
    }
    const refused = await get(gw.url, '/v1/employers/x');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe(refused.headers.get('ratelimit-reset'));
    expect(rl(refused)).toMatchObject({ limit: String(LIMIT), remaining: '0' });
    const body = await refused.json();
    expect(body).toMatchObject({
      status: 429,
      title: 'Too Many Requests',
      code: 'RATE_LIMITED',
      type: expect.stringContaining('/problems/'),
      detail: expect.any(String),
      instance: '/v1/employers/x',
    });
    expect(body.correlationId).toBe(refused.headers.get('x-correlation-id'));
  });

  it('never limits /health, /metrics, /docs or /openapi.json', async () => {
    for (let i = 0; i < LIMIT + 2; i++) {
      for (const path of ['/health/live', '/metrics', '/openapi.json', '/docs']) {
        const res = await fetch(gw.url + path);
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit-limit')).toBeNull();
        await res.arrayBuffer();
      }
    }
    const [{ n }] = (await pg.query('SELECT count(*)::int AS n FROM rate_limit_counters')).rows;
    expect(n).toBe(0);
  });

  it('shares one counter between two gateway instances on the same database', async () => {
    const gw2 = await startGateway(gatewayEnv(db.url));
    try {
      const auth2 = await sandboxAuth(gw2.url); // each instance signs its own tokens; same client
      await freshWindow();
      await pg.query('DELETE FROM rate_limit_counters');
      const seen: number[] = [];
      for (let i = 0; i < LIMIT; i++) {
        const res = i % 2 === 0 ? await get(gw.url, '/v1/employers/x') : await get(gw2.url, '/v1/employers/x', auth2);
        expect(res.status).not.toBe(429);
        seen.push(Number(res.headers.get('ratelimit-remaining')));
      }
      expect(seen).toEqual([4, 3, 2, 1, 0]);
      expect((await get(gw2.url, '/v1/employers/x', auth2)).status).toBe(429);
      expect((await get(gw.url, '/v1/employers/x')).status).toBe(429);
    } finally {
      await gw2.close();
    }
  });

  it('refuses a malformed Idempotency-Key with 400 before calling any service', async () => {
    const res = await fetch(`${gw.url}/v1/employers`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'has spaces' },
      body: JSON.stringify({ nib: '9120001234567' }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 400, code: 'INVALID_IDEMPOTENCY_KEY' });
    const tooLong = await fetch(`${gw.url}/v1/employers`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'k'.repeat(129) },
      body: '{}',
    });
    expect(tooLong.status).toBe(400);
  });
});

describe('gateway traffic: bulk lane and idempotency (harness routes)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pg: Client;
  let h: Awaited<ReturnType<typeof startHarness>>;

  beforeAll(async () => {
    db = await createTestDatabase('gw_traffic_h');
    h = await startHarness(gatewayEnv(db.url, { RATE_LIMIT_IP_PER_MINUTE: '1000', RATE_LIMIT_BULK_PER_MINUTE: String(BULK_LIMIT) }));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end();
    await h?.close();
    await db?.drop();
  });

  const post = (path: string, body: unknown, key?: string, method = 'POST') =>
    fetch(h.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
  let seq = 0;
  const newKey = () => `key-${Date.now()}-${++seq}`;

  it('counts bulk routes in their own lane with the larger limit', async () => {
    await freshWindow();
    await pg.query('DELETE FROM rate_limit_counters');
    const std = await fetch(`${h.url}/v1/harness/std`);
    expect(std.headers.get('ratelimit-limit')).toBe('1000');
    expect(std.headers.get('ratelimit-remaining')).toBe('999');
    for (let i = 1; i <= BULK_LIMIT; i++) {
      const res = await fetch(`${h.url}/v1/harness/bulk`);
      expect(res.status).toBe(200);
      expect(rl(res)).toMatchObject({ limit: String(BULK_LIMIT), remaining: String(BULK_LIMIT - i) });
    }
    const refused = await fetch(`${h.url}/v1/harness/bulk`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // the standard lane is untouched by the bulk lane
    const after = await fetch(`${h.url}/v1/harness/std`);
    expect(after.status).toBe(200);
    expect(after.headers.get('ratelimit-remaining')).toBe('998');
    const keys = (await pg.query('SELECT key FROM rate_limit_counters ORDER BY key')).rows.map((r) => r.key as string);
    expect(keys).toEqual([expect.stringMatching(/^bulk:ip:/), expect.stringMatching(/^std:ip:/)]);
  });

  it('replays the stored response for the same key and body, and runs the handler once', async () => {
    const key = newKey();
    const before = calls.created;
    const a = await post('/v1/harness/things', { name: 'Operator', tags: ['a'], nested: { x: 1, y: 2 } }, key);
    expect(a.status).toBe(201);
    expect(a.headers.get('idempotent-replayed')).toBeNull();
    const first = await a.json();
    // same body, keys in another order
    const b = await post('/v1/harness/things', { nested: { y: 2, x: 1 }, tags: ['a'], name: 'Operator' }, key);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.headers.get('location')).toBe(a.headers.get('location'));
    expect(b.headers.get('content-type')).toContain('application/json');
    expect(await b.json()).toEqual(first);
    expect(calls.created).toBe(before + 1);
    const [row] = (
      await pg.query(
        'SELECT method, path, status_code, response_headers, completed_at, extract(epoch FROM expires_at - created_at)::int AS ttl FROM idempotency_keys WHERE key = $1',
        [key],
      )
    ).rows;
    expect(row).toMatchObject({
      method: 'POST',
      path: '/v1/harness/things',
      status_code: 201,
      response_headers: { location: `/v1/harness/things/${first.id}` },
    });
    expect(row.completed_at).not.toBeNull();
    expect(row.ttl).toBe(24 * 3600);
  });

  it('answers 422 for the same key with a different body, method or path', async () => {
    const key = newKey();
    expect((await post('/v1/harness/things', { name: 'A' }, key)).status).toBe(201);
    const other = await post('/v1/harness/things', { name: 'B' }, key);
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(await other.json()).toMatchObject({
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
      type: expect.stringContaining('idempotency-key-reused'),
    });
    expect((await post('/v1/harness/things/1', { name: 'A' }, key, 'PUT')).status).toBe(422);
  });

  it('treats requests without a key normally, and PUT with a key idempotently', async () => {
    const before = calls.created;
    expect((await post('/v1/harness/things', { name: 'A' })).status).toBe(201);
    expect((await post('/v1/harness/things', { name: 'A' })).status).toBe(201);
    expect(calls.created).toBe(before + 2);
    const key = newKey();
    const p1 = await (await post('/v1/harness/things/1', { name: 'P' }, key, 'PUT')).json();
    const p2 = await post('/v1/harness/things/1', { name: 'P' }, key, 'PUT');
    expect(p2.headers.get('idempotent-replayed')).toBe('true');
    expect(await p2.json()).toEqual(p1);
  });

  it('answers 409 to a duplicate while the first request is still running', async () => {
    const key = newKey();
    const body = { name: 'slow', delayMs: 600 };
    const first = post('/v1/harness/things', body, key);
    await sleep(150);
    const dup = await post('/v1/harness/things', body, key);
    expect(dup.status).toBe(409);
    expect(dup.headers.get('retry-after')).toBe('1');
    expect(await dup.json()).toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_IN_USE' });
    const done = await first;
    expect(done.status).toBe(201);
    const again = await post('/v1/harness/things', body, key);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await done.json());
  });

  it('lets a retry take over a key left in flight once the takeover time has passed (a release lost under overload)', async () => {
    const key = newKey();
    const body = { name: 'lost release' };
    expect((await post('/v1/harness/things', body, key)).status).toBe(201);
    const before = calls.created;
    // the holder's answer and release were lost: the row is left in flight
    const leave = (agoSeconds: number) =>
      pg.query(
        `UPDATE idempotency_keys SET completed_at = NULL, status_code = NULL, created_at = now() - make_interval(secs => $2)
          WHERE key = $1`,
        [key, agoSeconds],
      );
    await leave(2);
    expect((await post('/v1/harness/things', body, key)).status).toBe(409);
    await leave(11);
    const retry = await post('/v1/harness/things', body, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(calls.created).toBe(before + 1);
    expect((await post('/v1/harness/things', body, key)).headers.get('idempotent-replayed')).toBe('true');
  });

  it('stores and replays 4xx answers, but releases the key after a 5xx so a retry can succeed', async () => {
    const key = newKey();
    const c1 = await post('/v1/harness/conflict', {}, key);
    expect(c1.status).toBe(409);
    const c1Body = await c1.json();
    const c2 = await post('/v1/harness/conflict', {}, key);
    expect(c2.status).toBe(409);
    expect(c2.headers.get('idempotent-replayed')).toBe('true');
    expect(c2.headers.get('content-type')).toContain('application/problem+json');
    expect(await c2.json()).toEqual(c1Body); // the handler ran once: same "conflict number"

    const k2 = newKey();
    const f1 = await post('/v1/harness/flaky', {}, k2);
    expect(f1.status).toBe(503);
    expect((await pg.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [k2])).rowCount).toBe(0);
    const f2 = await post('/v1/harness/flaky', {}, k2);
    expect(f2.status).toBe(201);
    expect(f2.headers.get('idempotent-replayed')).toBeNull();
    const f3 = await post('/v1/harness/flaky', {}, k2);
    expect(f3.headers.get('idempotent-replayed')).toBe('true');
    expect(await f3.json()).toEqual({ attempt: 2 });
  });

  it('replays routes that write the response themselves (@Res())', async () => {
    const key = newKey();
    const r1 = await post('/v1/harness/raw', {}, key);
    expect(r1.status).toBe(201);
    const b1 = await r1.json();
    const r2 = await post('/v1/harness/raw', {}, key);
    expect(r2.status).toBe(201);
    expect(r2.headers.get('idempotent-replayed')).toBe('true');
    expect(await r2.json()).toEqual(b1);
  });

  it('takes over an expired key and deletes expired keys', async () => {
    const key = newKey();
    await post('/v1/harness/things', { name: 'old' }, key);
    await pg.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    const fresh = await post('/v1/harness/things', { name: 'new' }, key);
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get('idempotent-replayed')).toBeNull();
    expect((await fresh.json()).name).toBe('new');
    await pg.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    await pg.query(`INSERT INTO rate_limit_counters (key, window_start, count) VALUES ('std:ip:old', now() - interval '10 minutes', 3)`);
    const ds = { query: async (sql: string, params?: unknown[]) => (await pg.query(sql, params)).rows } as unknown as DataSource;
    await deleteExpiredKeys(ds);
    await deleteOldWindows(ds);
    expect((await pg.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [key])).rowCount).toBe(0);
    expect((await pg.query(`SELECT 1 FROM rate_limit_counters WHERE key = 'std:ip:old'`)).rowCount).toBe(0);
  });
});

describe('gateway traffic: database down', () => {
  it('fails open: requests are served without rate limiting or idempotency, never a 500', async () => {
    const db = await createTestDatabase('gw_traffic_down');
    const h = await startHarness(gatewayEnv(db.url));
    try {
      expect((await fetch(`${h.url}/v1/harness/std`)).headers.get('ratelimit-limit')).toBe(String(LIMIT));
      await db.drop(); // terminates the pool's connections; every later query fails
      for (let i = 0; i < LIMIT + 2; i++) {
        const res = await fetch(`${h.url}/v1/harness/std`);
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit-limit')).toBeNull();
      }
      const res = await fetch(`${h.url}/v1/harness/things`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'down-1' },
        body: '{"name":"x"}',
      });
      expect(res.status).toBe(201);
    } finally {
      await h.close();
      await db.drop().catch(() => undefined);
    }
  });
});
