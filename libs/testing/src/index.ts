import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabaseExists } from '@siapkerja/persistence';

/** Server URL for tests: TEST_DATABASE_URL (set by the global setup) or DATABASE_URL or the local server. */
export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A fresh, uniquely named database; drop() removes it. */
export async function createTestDatabase(prefix = 'test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const u = new URL(adminDatabaseUrl());
  u.pathname = `/${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = u.toString();
  await ensureDatabaseExists(url);
  return { url, drop: () => dropDatabase(url) };
}

export function kafkaBrokers(): string[] {
  const b = process.env.KAFKA_BROKERS;
  if (!b) throw new Error('KAFKA_BROKERS is not set: run tests through the jest integration preset (it starts a broker)');
  return b.split(',');
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30000);
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${opts.what ?? 'condition'}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
}

export const TEST_PERSON_SECRET = 'test-person-id-secret-0123456789abcdef';
/** CALLER_SIGNING_SECRET of the multi-process end-to-end platform (the services refuse unsigned callers there). */
export const TEST_CALLER_SECRET = 'test-caller-signing-secret-0123456789abcdef';

/**
 * Reads topics from the beginning with a fresh consumer group, collecting parsed envelopes.
 * Creates missing topics first (a fresh broker has none), and never leaves a consumer behind. `topicPrefix` is the
 * platform's KAFKA_TOPIC_PREFIX (see startInProcessPlatform): the messages come back under the plain topic names.
 */
export async function collectTopic(
  plainTopics: string[],
  topicPrefix = '',
): Promise<{
  messages: { topic: string; key: string; value: Record<string, any>; headers: Record<string, string> }[];
  stop: () => Promise<void>;
}> {
  const { Kafka, logLevel } = await import('kafkajs');
  const topics = plainTopics.map((t) => topicPrefix + t);
  const kafka = new Kafka({ clientId: 'test-collector', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length) await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 3 })) });
  } finally {
    await admin.disconnect();
  }
  const consumer = kafka.consumer({ groupId: `test-collector-${uniqueSuffix()}` });
  const messages: { topic: string; key: string; value: Record<string, any>; headers: Record<string, string> }[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = v.toString();
        let value: Record<string, any> = {};
        try {
          value = JSON.parse(message.value?.toString() ?? 'null') ?? {};
        } catch {
          value = { unparsable: message.value?.toString() }; // other tests put poison messages on shared topics
        }
        messages.push({ topic: topic.slice(topicPrefix.length), key: message.key?.toString() ?? '', value, headers });
      },
    });
  } catch (e) {
    await consumer.disconnect().catch(() => undefined);
    throw e;
  }
  return { messages, stop: () => consumer.disconnect() };
}

/**
 * A topic prefix of one test file's own (its services' KAFKA_TOPIC_PREFIX): the events it produces and consumes never mix
 * with another file's, or with an earlier run's on the same broker.
 */
export function testTopicPrefix(): string {
  return `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}.`;
}

/** `producer` (kafkajs) sending every record to `prefix` + its topic: a test producing the events a service under test consumes. */
export function prefixedProducer<P extends { send(record: { topic: string }): Promise<unknown> }>(producer: P, prefix: string): P {
  return new Proxy(producer, {
    get(target, key) {
      if (key === 'send') return (record: { topic: string }) => target.send({ ...record, topic: prefix + record.topic });
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Environment for starting a service under test on its own database and random ports. */
export function serviceTestEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    EVENT_BUS: 'kafka',
    KAFKA_BROKERS: kafkaBrokers().join(','),
    // consumer groups of their own (named after the test database), so test files can run side by side on one broker
    KAFKA_GROUP_PREFIX: `${new URL(databaseUrl).pathname.slice(1)}.`,
    PERSON_ID_SECRET: TEST_PERSON_SECRET,
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: '0',
    METRICS_PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HEALTH_INTERVAL_MS: '500',
    ...extra,
  };
}
export * from './access-log';
export * from './auth';
export * from './caller';
export * from './grpc-errors';

let nikSerial = 1000 + Math.floor(Math.random() * 8000);
/**
 * A NIK that agrees with a birth date (YYYY-MM-DD) and sex (1 male, 2 female: day + 40) in the regency with these four
 * digits, district 01, with a fresh serial so tests never collide.
 */
export function testNik(regency4: string, birthDate: string, sex: 1 | 2): string {
  const [y, m, d] = birthDate.split('-');
  return `${regency4}01${String(sex === 2 ? Number(d) + 40 : Number(d)).padStart(2, '0')}${m}${y.slice(2)}${String(nikSerial++).padStart(4, '0')}`;
}
export * from './bulk-import';
export * from './ports';
export * from './replica';
export * from './training';
export * from './table-hold';
