import { status } from '@grpc/grpc-js';
import { Client } from 'pg';
import { todayWib } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';

const day = (days: number) => {
  const t = new Date(`${todayWib()}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
};

/**
 * Overload (issue 15): a write that cannot finish before its caller's deadline is not committed after the caller gave up,
 * and calls beyond what the database can take are refused at once (UNAVAILABLE: the gateway's 503 with Retry-After)
 * instead of queueing past their deadline. The overload is real: another session holds the vacancies table locked, so
 * every vacancy write blocks inside its transaction, on a pool of 3 connections with at most 2 calls waiting for one.
 */
describe('jobs service under overload (real PostgreSQL, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let dbUrl = '';
  let employerId = '';

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_overload');
    drop = db.drop;
    dbUrl = db.url;
    svc = await startService(jobsService, serviceTestEnv(db.url, { DB_POOL_SIZE: '3', DB_QUEUE_LIMIT: '2' }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`, { retries: 0 });
    const e = await client.createEmployer({
      employer: {
        nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
        legalName: 'PT Antre Panjang',
        employerType: 'EMPLOYER_TYPE_PRIVATE',
        kbliCodes: ['25111'],
        regionCode: '33.74',
      },
    });
    employerId = e.id;
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  const vacancy = (positionName: string) => ({
    employerId,
    positionName,
    kbjiCode: '7212',
    kbliCode: '25111',
    regionCode: '33.74',
    numberNeeded: 1,
    validFrom: day(0),
    validUntil: day(60),
    description: 'Lowongan juru las',
  });

  /** Holds the vacancies table locked (every vacancy write waits) until the returned function is called. */
  async function lockVacancies(): Promise<() => Promise<void>> {
    const pg = new Client({ connectionString: dbUrl });
    await pg.connect();
    await pg.query('BEGIN');
    await pg.query('LOCK TABLE vacancies IN ACCESS EXCLUSIVE MODE');
    return async () => {
      await pg.query('COMMIT');
      await pg.end();
    };
  }
  async function stored(prefix: string): Promise<string[]> {
    const pg = new Client({ connectionString: dbUrl });
    await pg.connect();
    try {
      return (await pg.query(`SELECT position_name FROM vacancies WHERE position_name LIKE $1`, [`${prefix}%`])).rows.map(
        (r) => r.position_name,
      );
    } finally {
      await pg.end();
    }
  }

  it('never commits a write after its deadline passed: the blocked statement is cancelled and the work rolled back', async () => {
    const name = `Juru Las Tenggat ${Date.now()}`;
    const release = await lockVacancies();
    let err: { code?: number } | undefined;
    try {
      await client.createVacancy({ vacancy: vacancy(name) }, { deadlineMs: 1000 });
    } catch (e) {
      err = e as { code?: number };
    } finally {
      // the lock is held past the deadline, then released: a transaction still waiting would now go on and commit
      await new Promise((r) => setTimeout(r, 1000));
      await release();
    }
    expect([status.DEADLINE_EXCEEDED, status.UNAVAILABLE]).toContain(err?.code);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await stored(name)).toEqual([]);
    // the service is still fine, and the same write goes through once the table is free
    await client.createVacancy({ vacancy: vacancy(name) }, { deadlineMs: 5000 });
    expect(await stored(name)).toEqual([name]);
  }, 60_000);

  it('refuses calls beyond the database queue at once (UNAVAILABLE), and commits exactly the writes it answered OK', async () => {
    const prefix = `Juru Las Antre ${Date.now()}`;
    const release = await lockVacancies();
    const sent = Date.now();
    const calls = Array.from({ length: 12 }, (_, i) =>
      client.createVacancy({ vacancy: vacancy(`${prefix} ${i}`) }, { deadlineMs: 4000 }).then(
        () => ({ i, ok: true as const, code: status.OK, ms: Date.now() - sent }),
        (e: { code: number; details?: string }) => ({ i, ok: false as const, code: e.code, details: e.details, ms: Date.now() - sent }),
      ),
    );
    // the table is freed well before the deadline of the calls that were let in
    setTimeout(() => void release(), 1500);
    const results = await Promise.all(calls);
    const shed = results.filter((r) => !r.ok && r.code === status.UNAVAILABLE && /overloaded/.test(String(r.details)));
    // at most 3 calls hold a connection and 2 wait for one: the others are refused on arrival, long before any deadline
    expect(shed.length).toBeGreaterThanOrEqual(5);
    for (const r of shed) expect(r.ms).toBeLessThan(1000);
    // the creates waiting for a batch of new vacancies were the queue (vacancy_create_refused_total on /metrics)
    const metrics = await (await fetch(`http://127.0.0.1:${svc.opsPort}/metrics`)).text();
    const refused = Number(
      metrics
        .split('\n')
        .find((l) => l.startsWith('vacancy_create_refused_total'))
        ?.split(' ')
        .pop(),
    );
    expect(refused).toBe(shed.length);
    await new Promise((r) => setTimeout(r, 1000));
    const committed = (await stored(prefix)).sort();
    const answeredOk = results
      .filter((r) => r.ok)
      .map((r) => `${prefix} ${r.i}`)
      .sort();
    expect(answeredOk.length).toBeGreaterThan(0);
    expect(committed).toEqual(answeredOk);
  }, 60_000);
});
