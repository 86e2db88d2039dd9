import { Kafka, logLevel } from 'kafkajs';
import { createLogger } from '@siapkerja/logging';
import { KafkaEventBus } from '../src/kafka-bus';
import type { ConsumedMessage } from '../src/port';

/**
 * Two deployments (or test runs) sharing one Kafka cluster run consumers with the same names. With a group prefix of their
 * own, each gets every event; without one they would join one group and split the partitions between them.
 */
// no @siapkerja/testing here: it depends on this lib, and a spec must not close a cycle between the two
const kafkaBrokers = () => (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
async function waitFor(ok: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('KafkaEventBus consumer groups (real Kafka)', () => {
  const logger = createLogger('kafka-bus-test', 'silent');
  const buses: KafkaEventBus[] = [];
  const bus = (groupPrefix?: string, topicPrefix?: string) => {
    const b = new KafkaEventBus({
      brokers: kafkaBrokers(),
      clientId: `test-${uniqueSuffix()}`,
      logger,
      numPartitions: 3,
      groupPrefix,
      topicPrefix,
    });
    buses.push(b);
    return b;
  };
  afterAll(async () => {
    for (const b of buses) await b.close();
  });

  async function run(prefixes: [string, string]): Promise<[Set<string>, Set<string>]> {
    const topic = `siapkerja.test.groups-${uniqueSuffix()}.v1`;
    const group = `placement.events-${uniqueSuffix()}`;
    const producer = bus();
    await producer.ensureTopics([topic]);
    const seen: [Set<string>, Set<string>] = [new Set(), new Set()];
    for (const i of [0, 1] as const)
      await bus(prefixes[i]).subscribe(group, [topic], async (m: ConsumedMessage) => void seen[i].add(m.key));
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    await producer.publish(keys.map((key) => ({ topic, key, value: '{}', headers: {} })));
    await waitFor(() => seen[0].size === 30 && seen[1].size === 30, 'the 30 events in each deployment');
    return seen;
  }

  it('gives every event to each deployment when their group prefixes differ', async () => {
    const [a, b] = await run(['siapkerja_a.', 'siapkerja_b.']);
    expect(a.size).toBe(30);
    expect(b.size).toBe(30);
  });

  it('keeps environments with different topic prefixes apart: each reads only its own events, under the plain topic name', async () => {
    const topic = `siapkerja.test.envs-${uniqueSuffix()}.v1`;
    const [a, b] = [`envA-${uniqueSuffix()}.`, `envB-${uniqueSuffix()}.`];
    const producerA = bus('', a);
    const producerB = bus('', b);
    await producerA.ensureTopics([topic]);
    await producerB.ensureTopics([topic]);
    const seen: Record<string, { topic: string; key: string }[]> = { a: [], b: [], plain: [] };
    // the same group name and no group prefix in either environment: the topic prefix keeps them apart
    const group = `placement.events-${uniqueSuffix()}`;
    await bus('', a).subscribe(group, [topic], async (m) => void seen.a.push({ topic: m.topic, key: m.key }));
    await bus('', b).subscribe(group, [topic], async (m) => void seen.b.push({ topic: m.topic, key: m.key }));
    await producerA.publish([1, 2, 3].map((i) => ({ topic, key: `a${i}`, value: '{}', headers: {} })));
    await producerB.publish([1, 2].map((i) => ({ topic, key: `b${i}`, value: '{}', headers: {} })));
    await waitFor(() => seen.a.length === 3 && seen.b.length === 2, 'each environment its own events');
    // the wire names carry the prefix: a client without it finds no such topic
    const plain = bus();
    await plain.ensureTopics([topic]);
    await plain.subscribe(`${group}-plain`, [topic], async (m) => void seen.plain.push({ topic: m.topic, key: m.key }));
    await new Promise((r) => setTimeout(r, 3000));
    expect(seen.a.map((m) => m.key).sort()).toEqual(['a1', 'a2', 'a3']);
    expect(seen.b.map((m) => m.key).sort()).toEqual(['b1', 'b2']);
    expect(new Set([...seen.a, ...seen.b].map((m) => m.topic))).toEqual(new Set([topic]));
    expect(seen.plain).toEqual([]);
  });
  it("commits a batch consumer's offsets after every batch, or at most once per commitIntervalMs", async () => {
    const topic = `siapkerja.test.commits-${uniqueSuffix()}.v1`;
    const producer = bus();
    await producer.ensureTopics([topic]);
    const groups = { everyBatch: `gateway.cache-${uniqueSuffix()}`, interval: `gateway.cache-${uniqueSuffix()}` };
    const seen = { everyBatch: 0, interval: 0 };
    await bus().subscribe(groups.everyBatch, [topic], async () => undefined, {
      batchHandler: async (ms) => void (seen.everyBatch += ms.length),
    });
    await bus().subscribe(groups.interval, [topic], async () => undefined, {
      batchHandler: async (ms) => void (seen.interval += ms.length),
      commitIntervalMs: 600_000,
    });
    // five publications, each consumed before the next: several fetches, several batches
    for (let round = 1; round <= 5; round++) {
      await producer.publish(Array.from({ length: 6 }, (_, i) => ({ topic, key: `k${round}-${i}`, value: '{}', headers: {} })));
      await waitFor(() => seen.everyBatch === round * 6 && seen.interval === round * 6, `round ${round} in both groups`);
    }
    const admin = new Kafka({ brokers: kafkaBrokers(), clientId: `test-${uniqueSuffix()}`, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const committed = async (groupId: string) =>
        (await admin.fetchOffsets({ groupId, topics: [topic] }))[0].partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
      // the default group commits every event it read (each commit follows its batch's handler); the other group none
      // yet (its interval has not passed)
      const deadline = Date.now() + 30_000;
      while ((await committed(groups.everyBatch)) < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await committed(groups.everyBatch)).toBe(30);
      expect(await committed(groups.interval)).toBe(0);
    } finally {
      await admin.disconnect();
    }
  }, 120_000);
});
