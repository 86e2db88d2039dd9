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
  const bus = (groupPrefix?: string) => {
    const b = new KafkaEventBus({ brokers: kafkaBrokers(), clientId: `test-${uniqueSuffix()}`, logger, numPartitions: 3, groupPrefix });
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
});
