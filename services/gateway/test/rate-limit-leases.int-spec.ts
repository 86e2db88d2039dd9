import type { DataSource } from 'typeorm';
import { openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { gatewayEntities, gatewayMigrations } from '../src/migrations';
import { RateLimitLeases } from '../src/traffic/rate-limit';

/** Leased rate-limit budgets against the real shared counters (PostgreSQL): fewer writes, never more than the limit. */
describe('rate-limit leases (real PostgreSQL)', () => {
  jest.setTimeout(240_000); // a test may wait up to two minutes for the next window
  let ds: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('gw_leases');
    drop = db.drop;
    ds = await openDatabase({ url: db.url, entities: gatewayEntities, migrations: gatewayMigrations });
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  const count = async (key: string) =>
    Number((await ds.query(`SELECT coalesce(sum(count), 0) AS n FROM rate_limit_counters WHERE key = $1`, [key]))[0].n);
  // The counters' window is chosen by PostgreSQL's clock (clock_timestamp()), so a test that crossed a window boundary would
  // be granted a second allowance. The tests use hour-long windows and begin only when at least two minutes of the
  // database's current window remain (they wait for the next window otherwise, which happens in 1 run of 30).
  const WINDOW = 3600;
  const inOneWindow = async () => {
    const [{ left }] = await ds.query(`SELECT $1::int - mod(extract(epoch FROM clock_timestamp())::numeric, $1::int) AS left`, [WINDOW]);
    if (Number(left) < 120) await new Promise((r) => setTimeout(r, Number(left) * 1000 + 1000));
    return Date.now();
  };

  it('is exact for small limits: every request is one unit of the shared count', async () => {
    const key = `k-small-${Date.now()}`;
    const now = await inOneWindow();
    const l = new RateLimitLeases(ds, 100, () => now);
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await l.consume(key, 5, WINDOW));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(answers.slice(0, 5).map((a) => a.remaining)).toEqual([4, 3, 2, 1, 0]);
    expect(await count(key)).toBe(7);
  });

  it('concurrent requests of a key whose lease ran out share one round trip at a time', async () => {
    const key = `k-burst-${Date.now()}`;
    const now = await inOneWindow();
    let statements = 0;
    const counting = new Proxy(ds, {
      get: (t, p) =>
        p === 'query' ? (...args: unknown[]) => (statements++, (t.query as (...a: unknown[]) => unknown)(...args)) : Reflect.get(t, p),
    });
    const l = new RateLimitLeases(counting as DataSource, 100, () => now);
    const answers = await Promise.all(Array.from({ length: 50 }, () => l.consume(key, 10_000, WINDOW)));
    expect(answers.every((a) => a.allowed)).toBe(true);
    // leases of 1, 2, 4, ... one after the other: a handful of statements, not one per request
    expect(statements).toBeLessThanOrEqual(8);
    expect(await count(key)).toBeGreaterThanOrEqual(50);

    // a flood once the limit is reached: the waiting requests share the refusal, one round trip per wave
    const small = `k-flood-${Date.now()}`;
    await l.consume(small, 3, WINDOW);
    await l.consume(small, 3, WINDOW);
    await l.consume(small, 3, WINDOW);
    statements = 0;
    const refused = await Promise.all(Array.from({ length: 30 }, () => l.consume(small, 3, WINDOW)));
    expect(refused.every((a) => !a.allowed && a.remaining === 0)).toBe(true);
    expect(statements).toBe(1);
  });

  it('leases growing budgets to a busy client, never grants more than the limit across replicas, and reports remaining exactly on one replica', async () => {
    const key = `k-busy-${Date.now()}`;
    const now = await inOneWindow();
    const a = new RateLimitLeases(ds, 100, () => now);
    const b = new RateLimitLeases(ds, 100, () => now);
    const limit = 1000;
    const first = [];
    for (let i = 0; i < 300; i++) first.push(await a.consume(key, limit, WINDOW));
    expect(first.every((d) => d.allowed)).toBe(true);
    // one replica alone: remaining counts down by one per request
    expect(first.map((d) => d.remaining)).toEqual(Array.from({ length: 300 }, (_, i) => limit - 1 - i));
    // leases of 1, 2, 4, ... 50 (limit / 20): far fewer statements than requests
    const stored = await count(key);
    expect(stored).toBeGreaterThanOrEqual(300);
    expect(stored).toBeLessThanOrEqual(300 + 50);

    let allowed = 300;
    for (let i = 0; i < 1500; i++) if ((await (i % 2 ? a : b).consume(key, limit, WINDOW)).allowed) allowed++;
    expect(allowed).toBeLessThanOrEqual(limit);
    // at most one lease (limit / 20 = 50 units) per replica can sit unused
    expect(allowed).toBeGreaterThanOrEqual(limit - 2 * 50);
    const refused = await a.consume(key, limit, WINDOW);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.resetSeconds).toBeGreaterThanOrEqual(1);
  });
});
