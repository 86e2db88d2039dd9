import { Client } from 'pg';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { todayWib } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { serviceTestEnv, startPostgresPair, waitFor, type PostgresPair } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';

const day = (days: number) => {
  const t = new Date(`${todayWib()}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
};

/**
 * Searches scale out on PostgreSQL streaming replicas (issue 15): a real primary and a real replica made with
 * pg_basebackup from this machine's server binaries; the jobs service writes to the primary and reads searches (only
 * searches) from SEARCH_DATABASE_URL. The replica's replay is paused and resumed to show where each read comes from.
 */
describe('vacancy search on a streaming replica (real PostgreSQL primary + replica, gRPC)', () => {
  let pair: PostgresPair;
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let primary: Client;
  let replica: Client;
  let employerId = '';
  const admin = { metadata: { [CALLER_METADATA_KEY]: JSON.stringify({ sub: 'admin', roles: ['MINISTRY_ADMIN'] }) } };

  beforeAll(async () => {
    pair = await startPostgresPair('jobs_replica');
    svc = await startService(
      jobsService,
      serviceTestEnv(pair.primaryUrl, { SEARCH_DATABASE_URL: pair.replicaUrl, SEARCH_REPLICA_MAX_WAIT_MS: '300' }),
    );
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    primary = new Client({ connectionString: pair.primaryUrl });
    replica = new Client({ connectionString: pair.replicaUrl });
    await primary.connect();
    await replica.connect();
    const e = await client.createEmployer(
      {
        employer: {
          nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
          legalName: 'PT Replika Jaya',
          employerType: 'EMPLOYER_TYPE_PRIVATE',
          kbliCodes: ['25111'],
          regionCode: '33.74',
        },
      },
      admin,
    );
    employerId = e.id;
  }, 180_000);

  afterAll(async () => {
    await replica?.end().catch(() => undefined);
    await primary?.end().catch(() => undefined);
    client?.close();
    await svc?.stop();
    await pair?.stop();
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
    description: 'Lowongan di Semarang',
  });
  const found = async (word: string) => (await client.searchVacancies({ query: word, regionCode: '33.74' } as never)).hits.map((h) => h.id);

  it('reads searches from the replica: a vacancy published on the primary becomes searchable once the replica replays it', async () => {
    expect((await replica.query('SELECT pg_is_in_recovery() AS r')).rows[0].r).toBe(true);
    // a draft made through the service (not searchable), on the replica too once replayed
    const { id } = await client.createVacancy({ vacancy: vacancy('Pandai Besi Replika'), draft: true }, admin);
    await waitFor(async () => (await replica.query('SELECT 1 FROM vacancies WHERE id = $1', [id])).rowCount === 1, {
      what: 'the draft on the replica',
    });
    // replay paused, then the draft published on the primary directly (a write of another instance, say)
    await replica.query('SELECT pg_wal_replay_pause()');
    await primary.query(`UPDATE vacancies SET state = 'PUBLISHED', published_at = now() WHERE id = $1`, [id]);
    // the primary has it, the search does not: it read the replica
    expect(await found('pandai besi')).not.toContain(id);
    const used = await replica.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'siapkerja-jobs-search'`);
    expect(used.rows[0].n).toBeGreaterThan(0);
    await replica.query('SELECT pg_wal_replay_resume()');
    await waitFor(async () => (await found('pandai besi')).includes(id), {
      what: 'the vacancy searchable on the replica',
      timeoutMs: 20_000,
    });
  }, 60_000);

  it("keeps read-your-writes: the service's own write is searchable at once, from the replica once replayed or else the primary", async () => {
    // replica in step: the write's WAL position is replayed within the wait, the search reads the replica
    const a = await client.createVacancy({ vacancy: vacancy('Tukang Cor Beton') }, admin);
    expect(await found('tukang cor')).toContain(a.id);
    // replica paused: the search waits SEARCH_REPLICA_MAX_WAIT_MS for it, then reads the primary
    await replica.query('SELECT pg_wal_replay_pause()');
    try {
      const b = await client.createVacancy({ vacancy: vacancy('Tukang Cor Dinding') }, admin);
      const t = Date.now();
      expect(await found('tukang cor')).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(Date.now() - t).toBeGreaterThanOrEqual(250);
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()');
    }
  }, 60_000);
});
