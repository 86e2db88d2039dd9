import type { DataSource } from 'typeorm';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { PersonIdentity } from '@siapkerja/identity';
import { runWithContext } from '@siapkerja/logging';
import { bulkPerson, createTestDatabase, serviceTestEnv, TEST_PERSON_SECRET, testTopicPrefix } from '@siapkerja/testing';
import { ImportsService } from '../src/imports/imports.service';
import { placementService } from '../src/placement.module';

const caller = (c: object) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
// batches of thousands of records: the integration service's deadline (IMPORT_BATCH_DEADLINE_MS), not a short default
const officer = { ...caller({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' }), deadlineMs: 60_000 };

/**
 * Import batches applied at once (several uploads, or chunks of one upload that share no person), on real PostgreSQL and
 * gRPC. Person writer locks are row locks (person_writers): with one advisory lock per person, two batches of 5,000 at
 * once took 10,000 locks from PostgreSQL's shared lock table (6,400 by default) and failed with "out of shared memory";
 * with 256 advisory-lock slots every such batch covered all slots, so batches of different persons waited for each other.
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

  const batch = (from: number, n: number, keyPrefix = 'cc') =>
    Array.from({ length: n }, (_, k) => {
      const i = from + k;
      const key = `${keyPrefix}-${i}`;
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

  it('applies three batches of 5,000 different persons at once, each record once, without advisory locks', async () => {
    const sizes = [0, 5000, 10000];
    // the largest number of advisory locks any session of this database holds, sampled while the batches run (none)
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
    ).finally(() => (sampling = false));
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
    expect(most).toBe(0);
  }, 120_000);

  it('applies a batch of other persons while a person is locked; a report of that person waits for the lock', async () => {
    const [{ person }]: { person: string }[] = await ds.query(
      `SELECT p.person_id AS person FROM placements p JOIN placement_sources s USING (placement_id) WHERE s.source_key LIKE 'IMPORT:%:cc-7'`,
    );
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // another writer of person 7 (a consumer, an erasure) holds its lock
      const held = await runner.query(`SELECT person_id FROM person_writers WHERE person_id = $1 FOR UPDATE`, [person]);
      expect(held).toHaveLength(1);
      // 2,000 other persons: applied while the lock is held (with advisory-lock slots, this batch waited for it)
      const others = await client.applyImportBatch({ importId: 'cc-others', records: batch(20000, 2000) }, officer);
      expect(others.receipts.filter((r) => r.accepted)).toHaveLength(2000);
      // a second report of person 7 (another key, same employer and day): waits until the lock is released
      let answered = false;
      const second = client
        .applyImportBatch({ importId: 'cc-again', records: batch(7, 1, 'cc-again') }, officer)
        .finally(() => (answered = true));
      for (;;) {
        const waiting: unknown[] = await ds.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%person_writers%'`,
        );
        if (waiting.length > 0) break;
        expect(answered).toBe(false);
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(answered).toBe(false);
      await runner.commitTransaction();
      const [receipt] = (await second).receipts;
      // counted once: the second report became a source of the placement of the first
      const [first] = await ds.query(`SELECT placement_id FROM placement_sources WHERE source_key LIKE 'IMPORT:%:cc-7'`);
      expect(receipt).toMatchObject({ accepted: true, resourceId: first.placement_id });
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }, 120_000);

  it('answers the same batch sent twice at once with the same receipts, each record stored once (a COPY that meets the first one falls back)', async () => {
    const records = batch(30000, 300, 'cc-twice');
    // both requests read their stored receipts (none) before either writes: a lock on one of their persons holds them
    const [{ person }]: { person: string }[] = await ds.query(
      `SELECT p.person_id AS person FROM placements p JOIN placement_sources s USING (placement_id) WHERE s.source_key LIKE 'IMPORT:%:cc-8'`,
    );
    const twin = batch(8, 1, 'cc-twice-lock'); // person 8 again: its lock is the one held below
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let answers: Awaited<ReturnType<typeof client.applyImportBatch>>[];
    try {
      await runner.query(`SELECT person_id FROM person_writers WHERE person_id = $1 FOR UPDATE`, [person]);
      const both = Promise.all(
        [0, 1].map(() => client.applyImportBatch({ importId: 'cc-twice', records: [...twin, ...records] }, officer)),
      );
      for (;;) {
        const [{ n }]: { n: number }[] = await ds.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%person_writers%'`,
        );
        if (n >= 2) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await runner.commitTransaction();
      answers = await both;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(answers[0].receipts.filter((r) => !r.accepted)).toEqual([]);
    expect(answers[1].receipts).toEqual(answers[0].receipts);
    const [{ n, sources }] = await ds.query(
      `SELECT count(DISTINCT placement_id)::int AS n, count(*)::int AS sources FROM placement_sources WHERE source_key LIKE 'IMPORT:%:cc-twice-%'`,
    );
    expect({ n, sources }).toEqual({ n: 301, sources: 301 }); // 300 new placements and the one of person 8
  }, 120_000);

  it('compresses the archive of import batches with lz4 where the server has it', async () => {
    const [{ lz4 }] = await ds.query(`SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
    const [{ c }] = await ds.query(
      `SELECT attcompression AS c FROM pg_attribute WHERE attrelid = 'event_archive'::regclass AND attname = 'envelope'`,
    );
    expect(c).toBe(lz4 ? 'l' : '');
  });

  it('archives an import batch as the text of its envelope, not jsonb (no parsing in the transaction; kept verbatim)', async () => {
    const [{ t }] = await ds.query(
      `SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'event_archive'::regclass AND attname = 'envelope'`,
    );
    expect(t).toBe('text');
    const [{ envelope }] = await ds.query(`SELECT envelope FROM event_archive WHERE consumer = 'imports' ORDER BY seq LIMIT 1`);
    // as built: specversion first (jsonb would have reordered the keys, shortest first)
    expect(envelope.startsWith('{"specversion":"1.0","id":"batch:')).toBe(true);
    expect(JSON.parse(envelope).data).toBeDefined();
  });

  it('validates a batch in slices: the event loop turns (other batches send their statements) before its transaction begins', async () => {
    const ds = svc.dataSource;
    const imports = new ImportsService(ds, new PersonIdentity(TEST_PERSON_SECRET));
    let turned = false;
    let turnedBeforeWriting: boolean | undefined;
    const query = ds.query.bind(ds);
    const transaction = ds.transaction.bind(ds);
    // once the batch's stored receipts are read (its validation begins next), a turn of the event loop is asked for
    const querySpy = jest.spyOn(ds, 'query').mockImplementation(((...args: Parameters<typeof query>) =>
      query(...args).then((rows: unknown) => {
        const sql = args[0];
        if (sql.includes('FROM placement_sources WHERE source_key = ANY')) setImmediate(() => (turned = true));
        return rows;
      })) as typeof ds.query);
    const transactionSpy = jest.spyOn(ds, 'transaction').mockImplementation(((...args: Parameters<typeof transaction>) => {
      turnedBeforeWriting ??= turned;
      return transaction(...args);
    }) as typeof transaction);
    try {
      const records = batch(40000, 2000, 'cc-slices').map((r) => ({ ...r, line: Number(r.line) }));
      const receipts = await runWithContext(
        { correlationId: 'slices-test', caller: { sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' } },
        () => imports.apply('cc-slices', records),
      );
      expect(receipts.filter((r) => r.accepted)).toHaveLength(2000);
      expect(turnedBeforeWriting).toBe(true);
    } finally {
      querySpy.mockRestore();
      transactionSpy.mockRestore();
    }
  });
});
