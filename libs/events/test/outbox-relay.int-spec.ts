import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createLogger } from '@siapkerja/logging';
import { dropDatabase, ensureDatabaseExists, openDatabase } from '@siapkerja/persistence';
import { defineEvent } from '../src/envelope';
import { KafkaEventBus } from '../src/kafka-bus';
import { EVENTS_MIGRATIONS } from '../src/migration';
import { OutboxRelay, TransactionalOutbox } from '../src/outbox';
import type { BusMessage, ConsumedMessage, EventBus, MessageHandler, SubscribeOptions } from '../src/port';

/**
 * The outbox relay during a broker outage (real Kafka, real PostgreSQL): kafkajs retries a publish for seconds, and
 * writers must not wait for it (no transaction, lock or pool connection held by the relay meanwhile); once the broker is
 * back, every event arrives, each key's in order.
 */
// no @siapkerja/testing here: it depends on this lib, and a spec must not close a cycle between the two
const kafkaBrokers = () => (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
const suffix = () => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
async function waitFor(ok: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The relay's bus: Kafka through `target` (first a broker nobody listens on: the outage; then the real one). A publish
 * waits for `gate` before it goes out, so the test looks at the database while the publish is surely in flight.
 */
class SwitchableBus implements EventBus {
  readonly kind = 'kafka' as const;
  inFlight = 0;
  attempts = 0;
  gate: Promise<void> = Promise.resolve();
  constructor(public target: KafkaEventBus) {}
  async publish(messages: BusMessage[]): Promise<void> {
    this.inFlight++;
    this.attempts++;
    try {
      await this.gate;
      await this.target.publish(messages);
    } finally {
      this.inFlight--;
    }
  }
  subscribe(g: string, t: string[], h: MessageHandler, o?: SubscribeOptions) {
    return this.target.subscribe(g, t, h, o);
  }
  ensureTopics(t: string[]) {
    return this.target.ensureTopics(t);
  }
  isHealthy() {
    return this.target.isHealthy();
  }
  close() {
    return this.target.close();
  }
}

describe('outbox relay during a broker outage (real Kafka, real PostgreSQL)', () => {
  const logger = createLogger('outbox-relay-test', 'silent');
  // letters only (the topic pattern): a topic of this run's own
  const topic = `siapkerja.test.relay-${Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('')}.v1`;
  const Thing = defineEvent<{ n: number }>(topic, 'siapkerja.test.thing.created');
  let url: string;
  let ds: DataSource;
  let live: KafkaEventBus;
  let dead: KafkaEventBus;
  let consumer: KafkaEventBus;

  beforeAll(async () => {
    const u = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    u.pathname = `/relay_${suffix()}`;
    url = u.toString();
    await ensureDatabaseExists(url);
    // one pool connection: a relay holding it while it publishes would stop every writer
    ds = await openDatabase({ url, entities: [], migrations: EVENTS_MIGRATIONS, poolSize: 1, applicationName: 'relay-test' });
    live = new KafkaEventBus({ brokers: kafkaBrokers(), clientId: `relay-test-${suffix()}`, logger, numPartitions: 3 });
    await live.ensureTopics([topic]);
    // a port nobody listens on: every connection is refused, and kafkajs retries the send with backoff
    dead = new KafkaEventBus({ brokers: ['127.0.0.1:1'], clientId: `relay-test-dead-${suffix()}`, logger });
    consumer = new KafkaEventBus({ brokers: kafkaBrokers(), clientId: `relay-test-consumer-${suffix()}`, logger, numPartitions: 3 });
  });
  afterAll(async () => {
    await consumer?.close();
    await live?.close();
    await dead?.close();
    await ds?.destroy();
    if (url) await dropDatabase(url);
  });

  it('lets writers commit while a publish is stuck, holds no transaction meanwhile, and delivers every event once the broker is back', async () => {
    const received: { key: string; n: number; id: string }[] = [];
    await consumer.subscribe(`relay-test-${suffix()}`, [topic], async (m: ConsumedMessage) => {
      const e = JSON.parse(m.value) as { id: string; data: { n: number } };
      received.push({ key: m.key, n: e.data.n, id: e.id });
    });

    const bus = new SwitchableBus(dead);
    let open!: () => void;
    bus.gate = new Promise<void>((r) => (open = r));
    const relay = new OutboxRelay(ds, bus, logger, { idleMs: 20, maxBackoffMs: 200 });
    const outbox = new TransactionalOutbox(ds, '/siapkerja/test', relay);
    const write = (i: number) => outbox.run(async ({ emit }) => void emit(Thing, { subject: `agg-${i % 3}`, data: { n: i } }));
    relay.start();
    try {
      await write(0);
      // the relay claimed the first event and its publish is now in flight (held at the gate)
      await waitFor(() => bus.inFlight === 1, 'the relay to start publishing');

      // writers are not held up: with the only pool connection free, ten writes commit while the publish is in flight
      const writes = Promise.all(Array.from({ length: 10 }, (_, i) => write(i + 1)));
      const outcome = await Promise.race([writes.then(() => 'committed'), new Promise((r) => setTimeout(() => r('still waiting'), 4000))]);
      expect(outcome).toBe('committed');
      expect(bus.inFlight).toBe(1);
      // nobody in this database is inside a transaction or waiting for a lock while the relay publishes
      const sessions: { state: string; wait_event_type: string | null; xact: boolean }[] = await ds.query(
        `SELECT state, wait_event_type, xact_start IS NOT NULL AS xact FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(sessions.filter((s) => s.xact || s.wait_event_type === 'Lock' || s.state?.startsWith('idle in transaction'))).toEqual([]);
      const [{ waiting }] = await ds.query(`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`);
      expect(waiting).toBe(0);

      // the publish really goes to the dead broker and fails; the relay gives the batch back and retries
      open();
      await waitFor(() => relay.failures >= 1, 'the publish to the dead broker to fail', 90_000);
      const [first] = await ds.query(`SELECT attempts, last_error FROM outbox_events ORDER BY seq LIMIT 1`);
      expect(first.attempts).toBeGreaterThanOrEqual(1);
      expect(first.last_error).toBeTruthy();
      expect(received).toEqual([]);
      expect(await relay.pending()).toBe(11);

      // the broker is back: every event arrives, each key's in the order written
      bus.target = live;
      await waitFor(async () => (await relay.pending()) === 0, 'the relay to publish the backlog', 90_000);
      await waitFor(() => new Set(received.map((r) => r.id)).size === 11, 'the 11 events at the consumer', 60_000);
      expect([...new Set(received.map((r) => r.n))].sort((a, b) => a - b)).toEqual([...Array(11).keys()]);
      for (const key of ['agg-0', 'agg-1', 'agg-2']) {
        const ns = received.filter((r) => r.key === key).map((r) => r.n);
        expect(ns).toEqual([...ns].sort((a, b) => a - b));
      }
      const [{ claimed }] = await ds.query(`SELECT count(*)::int AS claimed FROM outbox_relay WHERE claim_token IS NOT NULL`);
      expect(claimed).toBe(0);
    } finally {
      open?.();
      await relay.stop();
    }
  }, 180_000);

  it('claims one batch at a time across relays, and sends again a batch whose claim expired (a relay that died mid-publish)', async () => {
    await ds.query('DELETE FROM outbox_events');
    const stuck = new SwitchableBus(live);
    stuck.gate = new Promise<void>(() => undefined); // never published: the relay "died" holding its claim
    const a = new OutboxRelay(ds, stuck, logger, { claimMs: 300 });
    const sent: BusMessage[] = [];
    const recording: EventBus = { ...live, kind: 'kafka', publish: async (m) => void sent.push(...m) } as EventBus;
    const b = new OutboxRelay(ds, recording, logger, { claimMs: 300 });
    const outbox = new TransactionalOutbox(ds, '/siapkerja/test');
    for (let i = 0; i < 5; i++) await outbox.run(async ({ emit }) => void emit(Thing, { subject: 'agg', data: { n: i } }));
    void a.tick(2);
    await waitFor(() => stuck.inFlight === 1, 'relay a to claim and start publishing');
    // while a's claim holds, b sends nothing (not even the later rows: they would overtake a's)
    expect(await b.tick(10)).toBe(0);
    expect(sent).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 400));
    // a's claim expired: b sends everything, in order
    expect(await b.tick(10)).toBe(5);
    expect(sent.map((m) => (JSON.parse(m.value) as { data: { n: number } }).data.n)).toEqual([0, 1, 2, 3, 4]);
    expect(await b.pending()).toBe(0);
  });
});
