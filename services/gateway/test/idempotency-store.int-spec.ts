import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { gatewayEntities, gatewayMigrations } from '../src/migrations';
import { IdempotencyStore, requestHash, type IdempotencyRequest } from '../src/traffic/idempotency';

/**
 * The Idempotency-Key store against real PostgreSQL: concurrent requests are claimed and completed in batches (one
 * statement for many), and each gets the outcome it would get alone.
 */
describe('idempotency store (real PostgreSQL, batched statements)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let url: string;
  let statements: string[] = [];

  beforeAll(async () => {
    const db = await createTestDatabase('gw_idem');
    drop = db.drop;
    url = db.url;
    ds = await openDatabase({ url: db.url, entities: gatewayEntities, migrations: gatewayMigrations });
    // every statement the store sends goes through the data source's pg pool: count them
    const pool = (ds.driver as unknown as { master: Pool }).master;
    const query = pool.query.bind(pool) as (...a: unknown[]) => Promise<unknown>;
    (pool as unknown as { query: unknown }).query = (...a: unknown[]) => {
      const text = typeof a[0] === 'string' ? a[0] : (a[0] as { text: string }).text;
      statements.push(text.trim().split(/\s+/)[0]);
      return query(...a);
    };
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });
  beforeEach(() => (statements = []));

  const req = (principal: string, key: string, body: unknown = { a: 1 }): IdempotencyRequest => ({
    principal,
    key,
    method: 'POST',
    path: '/v1/employers',
    hash: requestHash(body),
  });

  it('claims 30 concurrent keys in fewer statements than requests, each its own owner, and stores each response', async () => {
    const store = new IdempotencyStore(ds, 24, 120);
    const reqs = Array.from({ length: 30 }, (_, i) => req('client:a', `k-many-${i}`));
    const claims = await Promise.all(reqs.map((r) => store.begin(r)));
    expect(claims.every((c) => c.kind === 'owner')).toBe(true);
    expect(new Set(claims.map((c) => (c.kind === 'owner' ? c.lockToken : ''))).size).toBe(30);
    const inserts = statements.filter((s) => s === 'INSERT').length;
    expect(inserts).toBeGreaterThanOrEqual(1);
    expect(inserts).toBeLessThan(30);

    statements = [];
    await Promise.all(
      reqs.map((r, i) =>
        store.complete(r, (claims[i] as { lockToken: string }).lockToken, {
          status: 201,
          headers: { location: `/v1/employers/${i}` },
          body: `{"n":${i}}`,
        }),
      ),
    );
    expect(statements.filter((s) => s === 'UPDATE').length).toBeLessThan(30);
    // a retry of each gets its own stored response back
    const replays = await Promise.all(reqs.map((r) => store.begin(r)));
    replays.forEach((c, i) =>
      expect(c).toEqual({ kind: 'replay', response: { status: 201, headers: { location: `/v1/employers/${i}` }, body: `{"n":${i}}` } }),
    );
  });

  it('decides a key named several times in one batch as if its requests came one after the other', async () => {
    const store = new IdempotencyStore(ds, 24, 120);
    const same = req('client:a', 'k-dup');
    const other = req('client:a', 'k-dup', { a: 2 }); // same key, another body
    const elsewhere = req('client:b', 'k-dup'); // same key, another caller: its own
    // two claims of other keys take the store's two batch slots first, so the four below form one batch of their own
    const fillers = [store.begin(req('client:a', 'k-fill-1')), store.begin(req('client:a', 'k-fill-2'))];
    const results = await Promise.all([store.begin(same), store.begin(same), store.begin(other), store.begin(elsewhere)]);
    expect((await Promise.all(fillers)).map((f) => f.kind)).toEqual(['owner', 'owner']);
    expect(results.map((r) => r.kind)).toEqual(['owner', 'in-flight', 'mismatch', 'owner']);
    // completed: the same request is replayed, another body is a mismatch; released: claimed again
    const owner = results[0] as { lockToken: string };
    await store.complete(same, owner.lockToken, { status: 409, headers: {}, body: '{"title":"Conflict"}' });
    expect(await store.begin(same)).toEqual({ kind: 'replay', response: { status: 409, headers: {}, body: '{"title":"Conflict"}' } });
    expect((await store.begin(other)).kind).toBe('mismatch');
    const b = results[3] as { lockToken: string };
    await store.release(elsewhere, b.lockToken);
    expect((await store.begin(elsewhere)).kind).toBe('owner');
  });

  it('takes over an in-flight key of the same request once it is older than the takeover time', async () => {
    const store = new IdempotencyStore(ds, 24, 0);
    const r = req('client:a', 'k-takeover');
    const first = await store.begin(r);
    await new Promise((res) => setTimeout(res, 1100));
    const second = await store.begin(r);
    expect(first.kind).toBe('owner');
    expect(second.kind).toBe('owner');
    // the first holder's late answer is not stored: its token no longer holds the key
    await store.complete(r, (first as { lockToken: string }).lockToken, { status: 201, headers: {}, body: 'late' });
    await store.complete(r, (second as { lockToken: string }).lockToken, { status: 201, headers: {}, body: 'second' });
    expect(await store.begin(r)).toEqual({ kind: 'replay', response: { status: 201, headers: {}, body: 'second' } });
  });

  it('a response PostgreSQL cannot store fails only its own completion, not the others of its batch', async () => {
    const store = new IdempotencyStore(ds, 24, 120);
    const reqs = Array.from({ length: 6 }, (_, i) => req('client:a', `k-nul-${i}`));
    const claims = (await Promise.all(reqs.map((r) => store.begin(r)))) as { lockToken: string }[];
    const outcomes = await Promise.all(
      reqs.map((r, i) =>
        store.complete(r, claims[i].lockToken, { status: 201, headers: {}, body: i === 3 ? 'a\u0000b' : `ok ${i}` }).then(
          () => 'stored',
          () => 'refused',
        ),
      ),
    );
    expect(outcomes).toEqual(['stored', 'stored', 'stored', 'refused', 'stored', 'stored']);
    for (const i of [0, 1, 2, 4, 5]) expect(await store.begin(reqs[i])).toMatchObject({ kind: 'replay', response: { body: `ok ${i}` } });
    expect((await store.begin(reqs[3])).kind).toBe('in-flight');
  });

  it('plans its statements once per connection: at most five trial plans, then the generic one', async () => {
    // a day's keys of other callers, so that each key looked up costs an index probe (as in production: with a few rows
    // PostgreSQL's plans cost the same whatever the arrays hold)
    await ds.query(
      `INSERT INTO idempotency_keys (principal, key, method, path, request_hash, lock_token, expires_at)
       SELECT 'client:other' || (i % 50), 'k-' || i, 'POST', '/v1/employers', repeat('0', 64), gen_random_uuid(), now() + interval '1 day'
         FROM generate_series(1, 20000) i`,
    );
    await ds.query(`ANALYZE idempotency_keys`);
    // a pool of its own, whose connections have planned nothing yet (the other tests' plans were made with a few rows)
    const own = await openDatabase({ url, entities: gatewayEntities, migrations: gatewayMigrations });
    const store = new IdempotencyStore(own, 24, 120);
    // one at a time, so each statement runs again and again (the pool hands back the connection it was given last)
    for (let i = 0; i < 12; i++) {
      const r = req('client:plans', `k-plan-${i}`);
      const claim = (await store.begin(r)) as { lockToken: string };
      await store.complete(r, claim.lockToken, { status: 201, headers: {}, body: `n ${i}` });
      expect(await store.begin(r)).toMatchObject({ kind: 'replay', response: { body: `n ${i}` } });
    }
    const pool = (own.driver as unknown as { master: Pool }).master;
    const held = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
    try {
      const rows = (
        await Promise.all(
          held.map(
            async (c) =>
              (
                await c.query<{ verb: string; generic: number; custom: number }>(
                  `SELECT split_part(ltrim(statement), ' ', 1) AS verb, generic_plans::int AS generic, custom_plans::int AS custom
                     FROM pg_prepared_statements WHERE statement LIKE '%idempotency_keys%'`,
                )
              ).rows,
          ),
        )
      ).flat();
      // the claim (INSERT), the stored answer's read (SELECT) and the completion (UPDATE), each run 12 times
      for (const verb of ['INSERT', 'SELECT', 'UPDATE']) {
        const of = rows.filter((r) => r.verb === verb);
        expect(of.reduce((n, r) => n + r.generic + r.custom, 0)).toBeGreaterThanOrEqual(12);
        expect(Math.max(...of.map((r) => r.custom))).toBeLessThanOrEqual(5);
        expect(of.reduce((n, r) => n + r.generic, 0)).toBeGreaterThan(0);
      }
    } finally {
      held.forEach((c) => c.release());
      await own.destroy();
    }
  });
});
