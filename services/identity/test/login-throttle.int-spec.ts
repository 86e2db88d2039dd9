import type { DataSource } from 'typeorm';
import { explainAnalyze, openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { LOGIN_ATTEMPTS_PURGE_BATCH, LOGIN_ATTEMPTS_PURGE_SQL, LoginThrottle } from '../src/accounts/login-throttle';
import { IdentityInitial1763800000600 } from '../src/migrations/1763800000600-identity-initial';
import { LoginAttemptsWindow1763800000640 } from '../src/migrations/1763800000640-login-attempts-window';

/**
 * The purge of old login-attempt windows (real PostgreSQL): what goes and what stays, and that it reads the windows it
 * deletes, not the table (the plan and its buffer counts, not the time).
 */
describe('login throttle: purging old windows (real PostgreSQL)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let throttle: LoginThrottle;

  beforeAll(async () => {
    const db = await createTestDatabase('throttle');
    drop = db.drop;
    ds = await openDatabase({
      url: db.url,
      entities: [],
      migrations: [IdentityInitial1763800000600, LoginAttemptsWindow1763800000640],
      poolSize: 2,
      applicationName: 'throttle-test',
    });
    throttle = new LoginThrottle(ds);
  }, 60_000);
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });
  beforeEach(() => ds.query('TRUNCATE login_attempts'));

  /** n windows of distinct keys, starting `ageS` seconds ago. */
  const windows = (n: number, ageS: number, prefix: string) =>
    ds.query(
      `INSERT INTO login_attempts (key, window_start, count, window_seconds)
       SELECT $3 || i, now() - $2::int * interval '1 second', 1, 900 FROM generate_series(1, $1::int) AS i`,
      [n, ageS, prefix],
    );

  it('deletes the windows older than a day, a batch at a time, and keeps the others counting', async () => {
    await windows(LOGIN_ATTEMPTS_PURGE_BATCH + 5, 2 * 86_400, 'old:');
    await windows(10, 3600, 'recent:');
    expect(await throttle.purgeOld()).toBe(LOGIN_ATTEMPTS_PURGE_BATCH);
    expect(await throttle.purgeOld()).toBe(5);
    expect(await throttle.purgeOld()).toBe(0);
    expect(await ds.query(`SELECT count(*)::int AS n, min(key) AS k FROM login_attempts`)).toEqual([{ n: 10, k: 'recent:1' }]);
    // counting goes on as before
    expect((await throttle.consume('acct:x', 2, 900)).allowed).toBe(true);
    expect((await throttle.consume('acct:x', 2, 900)).allowed).toBe(true);
    expect((await throttle.consume('acct:x', 2, 900)).allowed).toBe(false);
  });

  it('reads along login_attempts_window_start, never the table: a few pages when nothing is old, a few a deleted window', async () => {
    await windows(50_000, 3600, 'recent:');
    await ds.query('ANALYZE login_attempts');
    // also for a planner that finds the index dearer
    const explain = () => explainAnalyze(ds, LOGIN_ATTEMPTS_PURGE_SQL, [LOGIN_ATTEMPTS_PURGE_BATCH], { randomPageCost: 40 });
    const none = await explain();
    expect(none.nodes.filter((n) => n.startsWith('Seq Scan'))).toEqual([]);
    expect(none.nodes.some((n) => n.includes('using login_attempts_window_start'))).toBe(true);
    expect(none.buffers).toBeLessThan(20);

    await windows(300, 2 * 86_400, 'old:');
    await ds.query('ANALYZE login_attempts');
    const some = await explain();
    expect(some.nodes.filter((n) => n.startsWith('Seq Scan'))).toEqual([]);
    expect(some.nodes).toContain('Tid Scan on login_attempts');
    expect(some.buffers).toBeLessThan(300 * 4);
  });
});
