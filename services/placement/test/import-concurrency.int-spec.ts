import type { DataSource } from 'typeorm';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { bulkPerson, createTestDatabase, serviceTestEnv, testTopicPrefix } from '@siapkerja/testing';
import { placementService } from '../src/placement.module';
import { PERSON_LOCK_SLOTS } from '../src/placements/placements.recorder';

const caller = (c: object) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
const officer = caller({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });

/**
 * Import batches applied at once (several uploads, or chunks of one upload that share no person), on real PostgreSQL and
 * gRPC: person writer locks are slots, so a batch of 5,000 persons holds at most PERSON_LOCK_SLOTS advisory locks. With one
 * lock per person, two such batches at once took 10,000 locks from PostgreSQL's shared lock table (6,400 by default) and
 * failed with "out of shared memory".
 */
describe('placement: import batches of thousands of persons applied at once', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let ds: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('placement_concurrent');
    drop = db.drop;
    svc = await startService(placementService, serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: testTopicPrefix() }));
    client = createServiceClient('placement', `127.0.0.1:${svc.grpcPort}`);
    ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
  });
  afterAll(async () => {
    client?.close();
    await ds?.destroy();
    await svc?.stop();
    await drop?.();
  });

  const batch = (from: number, n: number) =>
    Array.from({ length: n }, (_, k) => {
      const i = from + k;
      const key = `cc-${i}`;
      return {
        line: String(k + 1),
        key,
        kind: 'placement',
        json: JSON.stringify({
          kind: 'placement',
          key,
          nik: bulkPerson(i, '3373', 300).nik,
          regionCode: '33.73',
          channel: 'AKL',
          workRegionCode: '33.73',
          employerNib: `912${String(i % 997).padStart(10, '0')}`,
          employerType: 'PRIVATE',
          kbjiCode: '7411',
          educationLevel: 'SMK',
          placedOn: '2026-10-15',
        }),
      };
    });

  it('applies three batches of 5,000 different persons at once, each record once, holding at most the slots in locks', async () => {
    const sizes = [0, 5000, 10000];
    // the largest number of advisory locks any session of this database holds, sampled while the batches run
    let most = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const rows: { n: number }[] = await ds.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND a.datname = current_database() GROUP BY l.pid ORDER BY 1 DESC LIMIT 1`,
        );
        most = Math.max(most, rows[0]?.n ?? 0);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const answers = await Promise.all(
      sizes.map((from, b) => client.applyImportBatch({ importId: `cc-${b}`, records: batch(from, 5000) }, officer)),
    );
    sampling = false;
    await sampler;
    for (const a of answers) {
      expect(a.receipts).toHaveLength(5000);
      expect(a.receipts.filter((r) => !r.accepted).map((r) => r.problemJson)).toEqual([]);
    }
    // this test's records only (the service also consumes the events other test files publish meanwhile)
    const [{ n, sources }] = await ds.query(
      `SELECT count(DISTINCT p.placement_id)::int AS n, count(*)::int AS sources
         FROM placement_sources s JOIN placements p USING (placement_id) WHERE s.source_key LIKE 'IMPORT:%:cc-%'`,
    );
    expect(sources).toBe(15000);
    expect(n).toBe(15000);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(PERSON_LOCK_SLOTS);
  }, 120_000);
});
