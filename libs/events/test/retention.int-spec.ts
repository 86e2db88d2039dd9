import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createLogger } from '@siapkerja/logging';
import { dropDatabase, ensureDatabaseExists, explainAnalyze, openDatabase } from '@siapkerja/persistence';
import { InProcessEventBus } from '../src/inprocess-bus';
import { EVENTS_MIGRATIONS } from '../src/migration';
import { INBOX_PURGE_SQL, OUTBOX_PURGE_SQL, OUTBOX_RETENTION_MS, OutboxRelay, PURGE_BATCH } from '../src/outbox';

/**
 * The retention of the outbox and the inbox (real PostgreSQL): what goes and what stays, and that a purge reads what it
 * deletes and not the table (the plan and its buffer counts, not the time).
 */
// no @siapkerja/testing here: it depends on this lib, and a spec must not close a cycle between the two
const DAY = 24 * 3600 * 1000;

describe('outbox and inbox retention (real PostgreSQL)', () => {
  const logger = createLogger('retention-test', 'silent');
  let url: string;
  let ds: DataSource;
  let relay: OutboxRelay;

  beforeAll(async () => {
    const u = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    u.pathname = `/retention_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
    url = u.toString();
    await ensureDatabaseExists(url);
    ds = await openDatabase({ url, entities: [], migrations: EVENTS_MIGRATIONS, poolSize: 2, applicationName: 'retention-test' });
    relay = new OutboxRelay(ds, new InProcessEventBus(), logger);
  }, 60_000);

  afterAll(async () => {
    await ds?.destroy();
    if (url) await dropDatabase(url);
  });

  beforeEach(async () => {
    await ds.query('TRUNCATE outbox_events, inbox_events');
  });

  /** n outbox rows created `ageMs` ago, published `publishedAgeMs` ago (null: not published), in seq order. */
  async function outboxRows(n: number, ageMs: number, publishedAgeMs: number | null): Promise<void> {
    await ds.query(
      `INSERT INTO outbox_events (id, topic, message_key, payload, created_at, published_at)
       SELECT gen_random_uuid(), 'siapkerja.test.thing.v1', 'k' || i, jsonb_build_object('n', i, 'pad', repeat('x', 300)),
              now() - $2::bigint * interval '1 millisecond',
              CASE WHEN $3::bigint IS NULL THEN NULL ELSE now() - $3::bigint * interval '1 millisecond' END
         FROM generate_series(1, $1::int) AS i`,
      [n, ageMs, publishedAgeMs],
    );
  }

  async function inboxRows(n: number, ageMs: number): Promise<void> {
    await ds.query(
      `INSERT INTO inbox_events (consumer, event_id, event_type, topic, processed_at)
       SELECT 'placement.test', gen_random_uuid()::text, 'siapkerja.test.thing', 'siapkerja.test.thing.v1', now() - $2::bigint * interval '1 millisecond'
         FROM generate_series(1, $1::int) AS i`,
      [n, ageMs],
    );
  }

  const explain = (sql: string, params: unknown[], randomPageCost = 4) => explainAnalyze(ds, sql, params, { randomPageCost });

  it('deletes the outbox rows published before the retention, and keeps the unpublished and the recent ones', async () => {
    await outboxRows(30, 9 * DAY, 9 * DAY - 1000); // published 9 days ago: go
    await outboxRows(5, 9 * DAY, null); // never published (a poison row, say): stay
    await outboxRows(20, 8 * DAY, 6 * DAY); // created 8 days ago, published only 6 days ago (an outage): stay
    await outboxRows(40, 1 * DAY, 1 * DAY - 1000); // published yesterday: stay
    await outboxRows(3, 1000, null); // pending now: stay
    await inboxRows(25, 31 * DAY); // consumed 31 days ago: go
    await inboxRows(10, 29 * DAY); // 29 days ago: stay

    expect(await relay.purgeExpired()).toEqual({ outbox: 30, inbox: 25 });

    const left = await ds.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE published_at < now() - interval '7 days')::int AS expired FROM outbox_events`,
    );
    expect(left[0]).toEqual({ n: 68, unpublished: 8, expired: 0 });
    const [{ n: inbox }] = await ds.query(`SELECT count(*)::int AS n FROM inbox_events WHERE processed_at > now() - interval '30 days'`);
    expect(inbox).toBe(10);
    expect(await ds.query(`SELECT count(*)::int AS n FROM inbox_events`)).toEqual([{ n: 10 }]);
    // nothing more to do: a second purge deletes nothing
    expect(await relay.purgeExpired()).toEqual({ outbox: 0, inbox: 0 });
  });

  it('purges a backlog larger than one statement in statements of PURGE_BATCH rows, up to the batches allowed', async () => {
    await outboxRows(PURGE_BATCH * 2 + 7, 10 * DAY, 10 * DAY);
    await outboxRows(10, 1 * DAY, 1 * DAY);
    expect((await relay.purgeExpired(1)).outbox).toBe(PURGE_BATCH); // one statement allowed: the rest waits for the next purge
    expect((await relay.purgeExpired()).outbox).toBe(PURGE_BATCH + 7);
    expect(await ds.query(`SELECT count(*)::int AS n FROM outbox_events`)).toEqual([{ n: 10 }]);
  });

  it('reads along the primary key and the inbox index, never a whole table: a few pages when nothing is old, a few a deleted row', async () => {
    // 150,000 recent rows in the outbox (6,000 pages and more), none expired: with its statistics, a planner estimates no
    // expired row, and a third of the table for a range of seq it cannot know in advance; a filter on published_at then
    // reads the whole table (measured: 63,770 buffers on the bench database's 311,500 rows), the key's order does not
    await outboxRows(150_000, 2 * DAY, 2 * DAY - 1000);
    await inboxRows(20_000, 2 * DAY);
    await ds.query('ANALYZE outbox_events, inbox_events');
    const [{ pages }] = await ds.query(`SELECT relpages AS pages FROM pg_class WHERE relname = 'outbox_events'`);
    expect(pages).toBeGreaterThan(6000);

    // also for a planner that finds the index dearer (random_page_cost 40: as on the bench database, bloated, its rows
    // rewritten when published, where a filter on published_at made it choose to read the table)
    for (const randomPageCost of [4, 40]) {
      const outbox = await explain(OUTBOX_PURGE_SQL, [OUTBOX_RETENTION_MS, PURGE_BATCH, '0'], randomPageCost);
      expect(outbox.nodes.filter((n) => n.startsWith('Seq Scan'))).toEqual([]);
      expect(outbox.nodes).toContain('Index Scan on outbox_events using outbox_events_pkey');
      expect(outbox.buffers).toBeLessThan(30);
    }

    for (const randomPageCost of [4, 40]) {
      const inbox = await explain(INBOX_PURGE_SQL, [30 * DAY, PURGE_BATCH], randomPageCost);
      expect(inbox.nodes.filter((n) => n.startsWith('Seq Scan'))).toEqual([]);
      expect(inbox.nodes.some((n) => n.includes('using inbox_events_processed'))).toBe(true);
      expect(inbox.buffers).toBeLessThan(30);
    }

    // with old rows in front, a purge reads about what it deletes: 300 expired rows before the 150,000
    await ds.query('DELETE FROM outbox_events');
    await ds.query('VACUUM outbox_events');
    await outboxRows(300, 9 * DAY, 9 * DAY);
    await outboxRows(150_000, 2 * DAY, 2 * DAY - 1000);
    await ds.query('ANALYZE outbox_events');
    const some = await explain(OUTBOX_PURGE_SQL, [OUTBOX_RETENTION_MS, PURGE_BATCH, '0'], 40);
    expect(some.nodes.filter((n) => n.startsWith('Seq Scan'))).toEqual([]);
    // each deleted row: its heap page and index pages, visited a few times (boundary walk, selection, delete), about 6
    // buffers a row; the table's 6,000 pages are not read
    expect(some.buffers).toBeLessThan(300 * 8);
    expect(some.buffers).toBeGreaterThan(0);

    // the inbox likewise: 300 old rows before 20,000 recent ones, deleted by their addresses (no join to the table)
    await ds.query('TRUNCATE inbox_events');
    await inboxRows(300, 31 * DAY);
    await inboxRows(20_000, 2 * DAY);
    await ds.query('ANALYZE inbox_events');
    const old = await explain(INBOX_PURGE_SQL, [30 * DAY, PURGE_BATCH], 40);
    expect(old.nodes.filter((n) => n.startsWith('Seq Scan'))).toEqual([]);
    expect(old.nodes).toContain('Tid Scan on inbox_events');
    expect(old.buffers).toBeLessThan(300 * 4);
  });

  it('goes past rows that were never published at the front (more than one step of them) to the expired rows behind', async () => {
    await outboxRows(PURGE_BATCH + 10, 20 * DAY, null);
    await outboxRows(100, 19 * DAY, 19 * DAY);
    await outboxRows(10, 1 * DAY, 1 * DAY);
    expect((await relay.purgeExpired()).outbox).toBe(100);
    expect(await ds.query(`SELECT count(*)::int AS n FROM outbox_events`)).toEqual([{ n: PURGE_BATCH + 20 }]);
  });

  it('concurrent purges (instances of a service) delete each row once', async () => {
    await outboxRows(3000, 9 * DAY, 9 * DAY);
    const other = new OutboxRelay(ds, new InProcessEventBus(), logger);
    const [a, b] = await Promise.all([relay.purgeExpired(), other.purgeExpired()]);
    expect(a.outbox + b.outbox).toBe(3000);
    expect(await ds.query(`SELECT count(*)::int AS n FROM outbox_events`)).toEqual([{ n: 0 }]);
    // ids stay unique after the purge (a new row with a new id is accepted)
    await ds.query(`INSERT INTO outbox_events (id, topic, message_key, payload) VALUES ($1, 't', 'k', '{}')`, [randomUUID()]);
  });
});
