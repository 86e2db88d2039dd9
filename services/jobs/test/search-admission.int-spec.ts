import { status } from '@grpc/grpc-js';
import { Client } from 'pg';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';

/**
 * Search admission (issue 15): an instance runs at most SEARCH_CONCURRENCY searches at once on the database (here 2); the
 * others wait in the service, not in PostgreSQL, and one that has not started 250 ms before its deadline is refused with
 * UNAVAILABLE (the gateway's 503 with Retry-After) while its caller still waits. The searches are really held: another session keeps the vacancies table locked, so every search that
 * reached the database waits there on the lock, where pg_stat_activity shows it.
 */
describe('jobs service: searches at once (real PostgreSQL, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let dbUrl = '';

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_search_admission');
    drop = db.drop;
    dbUrl = db.url;
    svc = await startService(jobsService, serviceTestEnv(db.url, { SEARCH_CONCURRENCY: '2', DB_POOL_SIZE: '10', SEARCH_QUEUE_LIMIT: '5' }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`, { retries: 0 });
    // a first search outside the tests (prepares the statements' connections)
    await client.searchVacancies({ query: 'las', regionCode: '33.74' } as never);
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  async function lockVacancies(): Promise<{ pg: Client; release: () => Promise<void> }> {
    const pg = new Client({ connectionString: dbUrl });
    await pg.connect();
    await pg.query('BEGIN');
    await pg.query('LOCK TABLE vacancies IN ACCESS EXCLUSIVE MODE');
    return {
      pg,
      release: async () => {
        await pg.query('COMMIT');
        await pg.end();
      },
    };
  }

  /** the service's statements waiting on the lock now */
  async function waitingOnLock(pg: Client): Promise<number> {
    const { rows } = await pg.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
    );
    return rows[0].n;
  }

  /** a metric's value on the service's ops port (/metrics) */
  async function metric(name: string, labels = ''): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${svc.opsPort}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
    return Number(line?.split(' ').pop());
  }

  const search = (query: string, deadlineMs: number) =>
    client.searchVacancies({ query, regionCode: '33.74' } as never, { deadlineMs }).then(
      () => ({ ok: true as const, code: status.OK, details: '' }),
      (e: { code: number; details?: string }) => ({ ok: false as const, code: e.code, details: String(e.details) }),
    );

  it('runs at most SEARCH_CONCURRENCY searches at once on the database; the others start as places free', async () => {
    const { pg, release } = await lockVacancies();
    const calls = ['las', 'tukang', 'operator', 'kasir', 'perawat', 'guru'].map((q) => search(q, 10_000));
    let seen = 0;
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      seen = Math.max(seen, await waitingOnLock(pg));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toBe(2); // six searches asked; two reached the database
    // what an operator sees meanwhile
    expect([await metric('search_running'), await metric('search_waiting')]).toEqual([2, 4]);
    await release();
    const results = await Promise.all(calls);
    expect(results.map((r) => r.code)).toEqual(Array(6).fill(status.OK));
  }, 60_000);

  it('refuses at once a search that finds SEARCH_QUEUE_LIMIT others waiting for their turn', async () => {
    const { pg, release } = await lockVacancies();
    const admitted = ['las', 'tukang', 'operator', 'kasir', 'perawat', 'guru', 'sopir'].map((q) => search(q, 10_000));
    while ((await waitingOnLock(pg)) < 2) await new Promise((r) => setTimeout(r, 20));
    // 2 on the database, 5 waiting: the next two are refused on arrival, long before their deadline
    const sent = Date.now();
    const refused = await Promise.all([search('montir', 10_000), search('satpam', 10_000)]);
    const took = Date.now() - sent;
    await release();
    for (const r of refused) {
      expect(r.code).toBe(status.UNAVAILABLE);
      expect(r.details).toMatch(/too many searches waiting/);
    }
    expect(took).toBeLessThan(2000);
    expect(await metric('search_refused_total', 'reason="queue-full"')).toBe(2);
    expect((await Promise.all(admitted)).map((r) => r.code)).toEqual(Array(7).fill(status.OK));
  }, 60_000);

  it('refuses with UNAVAILABLE a search that could not start before its deadline; the service goes on', async () => {
    const { pg, release } = await lockVacancies();
    const held = [search('las', 10_000), search('tukang', 10_000)];
    while ((await waitingOnLock(pg)) < 2) await new Promise((r) => setTimeout(r, 20));
    const sent = Date.now();
    const late = search('kasir', 700).then((r) => ({ ...r, ms: Date.now() - sent }));
    // while it waits, and after its deadline, it never takes a place on the database
    let most = 0;
    while (Date.now() < sent + 1200) {
      most = Math.max(most, await waitingOnLock(pg));
      await new Promise((r) => setTimeout(r, 50));
    }
    const { ms: refusedAfter, ...refused } = await late;
    await release();
    expect(most).toBe(2);
    // refused by the service before the caller's own deadline (250 ms before it), so the caller learns it is overloaded
    expect(refused.code).toBe(status.UNAVAILABLE);
    expect(refused.details).toMatch(/could not start in time/);
    expect(refusedAfter).toBeLessThan(700);
    expect(await metric('search_refused_total', 'reason="deadline"')).toBe(1);
    expect((await Promise.all(held)).map((r) => r.code)).toEqual([status.OK, status.OK]);
    expect((await search('kasir', 5000)).code).toBe(status.OK);
  }, 60_000);
});
