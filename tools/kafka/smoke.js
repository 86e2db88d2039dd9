'use strict';
/**
 * End-to-end smoke test of tools/kafka/broker.js with kafkajs:
 * start broker -> create topic -> idempotent produce (acks -1) -> consume with a group
 * from the beginning + commit -> stop broker -> restart on the same data dir and port ->
 * messages and committed group offsets survived -> a client created before the outage
 * keeps working after it.
 *
 *   node tools/kafka/smoke.js [--data DIR] [--keep]
 *
 * Exits 0 when every step passed. Uses a fresh temp data dir unless --data is given.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Kafka, logLevel } = require('kafkajs');
const { startBroker, kafkaVersion } = require('./broker');

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const KEEP = argv.includes('--keep');

const N = 30;
const results = [];
let broker;

function out(line) {
  process.stdout.write(line + '\n');
}

async function step(name, fn) {
  const t0 = Date.now();
  try {
    const r = await fn();
    const ms = Date.now() - t0;
    results.push({ name, ok: true, ms });
    out(`  ok    ${name} (${ms} ms)${r ? ` — ${r}` : ''}`);
    return r;
  } catch (e) {
    const ms = Date.now() - t0;
    results.push({ name, ok: false, ms, error: e });
    out(`  FAIL  ${name} (${ms} ms)\n        ${(e && e.stack) || e}`.replace(/\n/g, '\n        '));
    throw e;
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

function withTimeout(p, ms, what) {
  let t;
  return Promise.race([p, new Promise((_, rej) => (t = setTimeout(() => rej(new Error(`timeout after ${ms} ms: ${what}`)), ms)))]).finally(
    () => clearTimeout(t),
  );
}

/** Consume from a group until `want` messages arrived (or timeout); returns them. */
async function consume(kafka, { groupId, topic, want, commit, timeoutMs = 30_000, idleMs = 0 }) {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1000 });
  const got = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let done;
    const finished = new Promise((r) => (done = r));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic: t, partition, message }) => {
        got.push({ partition, offset: message.offset, key: message.key && message.key.toString(), value: message.value.toString() });
        if (commit) {
          await consumer.commitOffsets([{ topic: t, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
        }
        if (want > 0 && got.length >= want) done();
      },
    });
    if (want > 0) {
      await withTimeout(finished, timeoutMs, `consuming ${want} messages (got ${got.length})`);
    } else {
      // Expect nothing: wait until the group has joined and fetched for a while.
      await withTimeout(new Promise((r) => consumer.on(consumer.events.GROUP_JOIN, r)), timeoutMs, 'joining group');
    }
    if (idleMs) await new Promise((r) => setTimeout(r, idleMs));
  } finally {
    await consumer.disconnect().catch(() => {});
  }
  return got;
}

async function main() {
  const dataDir = path.resolve(opt('data') || fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-smoke-')));
  const topic = `smoke-${Date.now()}`;
  const groupId = `smoke-group-${Date.now()}`;
  const values = Array.from({ length: N }, (_, i) => `message-${i}`);
  out(`Kafka ${kafkaVersion()} smoke test, kafkajs ${require('kafkajs/package.json').version}, data ${dataDir}`);

  broker = await step('start broker (fresh data dir)', async () => {
    const b = await startBroker({ dataDir });
    return Object.assign(b, { toString: () => `${b.brokers} pid ${b.pid}, formatted=${b.formatted}, ready in ${b.startupMs} ms` });
  });
  const port = broker.port;
  const kafka = new Kafka({ clientId: 'smoke', brokers: [broker.brokers], logLevel: logLevel.WARN, retry: { retries: 8 } });
  const admin = kafka.admin();

  await step('admin: create topic (3 partitions)', async () => {
    await admin.connect();
    const created = await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
    assert(created === true, `createTopics returned ${created}`);
    const md = await admin.fetchTopicMetadata({ topics: [topic] });
    assert(md.topics[0].partitions.length === 3, 'topic has 3 partitions');
    await admin.disconnect();
    return `${topic}`;
  });

  // Kept connected across the outage to check that clients recover by themselves.
  const longLivedProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });

  await step(`idempotent producer: send ${N} messages, acks -1`, async () => {
    await longLivedProducer.connect();
    const res = await longLivedProducer.send({
      topic,
      acks: -1,
      messages: values.map((value, i) => ({ key: `k${i}`, value })),
    });
    assert(
      res.every((r) => r.errorCode === 0),
      `errors: ${JSON.stringify(res)}`,
    );
    return res.map((r) => `p${r.partition}@${r.baseOffset}`).join(' ');
  });

  let committed;
  await step('consumer group: consume from beginning and commit', async () => {
    const got = await consume(kafka, { groupId, topic, want: N, commit: true });
    assert(got.length === N, `got ${got.length}/${N}`);
    assert(
      values.every((v) => got.some((m) => m.value === v)),
      'all values received',
    );
    await admin.connect();
    const offs = await admin.fetchOffsets({ groupId, topics: [topic] });
    await admin.disconnect();
    committed = offs[0].partitions.map((p) => ({ partition: p.partition, offset: p.offset })).sort((a, b) => a.partition - b.partition);
    const total = committed.reduce((s, p) => s + Number(p.offset), 0);
    assert(total === N, `committed offsets sum to ${total}, want ${N}: ${JSON.stringify(committed)}`);
    return `committed ${JSON.stringify(committed)}`;
  });

  await step('stop broker (SIGTERM)', async () => {
    await broker.stop();
  });

  broker = await step('restart broker on same data dir and port', async () => {
    const b = await startBroker({ dataDir, port });
    assert(b.port === port, 'same port');
    assert(b.formatted === false, 'data dir not reformatted');
    return Object.assign(b, { toString: () => `${b.brokers} pid ${b.pid}, ready in ${b.startupMs} ms` });
  });

  await step('after restart: topic and group offsets survived', async () => {
    await admin.connect();
    const topics = await admin.listTopics();
    assert(topics.includes(topic), `topic ${topic} listed (${topics})`);
    const offs = await admin.fetchOffsets({ groupId, topics: [topic] });
    const now = offs[0].partitions.map((p) => ({ partition: p.partition, offset: p.offset })).sort((a, b) => a.partition - b.partition);
    assert(JSON.stringify(now) === JSON.stringify(committed), `offsets ${JSON.stringify(now)} != ${JSON.stringify(committed)}`);
    const ends = await admin.fetchTopicOffsets(topic);
    const total = ends.reduce((s, p) => s + Number(p.high), 0);
    assert(total === N, `high watermarks sum to ${total}, want ${N}`);
    await admin.disconnect();
    return `offsets ${JSON.stringify(now)}`;
  });

  await step('after restart: messages survived (new group reads all from beginning)', async () => {
    const got = await consume(kafka, { groupId: `${groupId}-verify`, topic, want: N, commit: false });
    assert(got.length === N && values.every((v) => got.some((m) => m.value === v)), `got ${got.length}/${N}`);
  });

  await step('after restart: producer connected before the outage still sends (idempotent)', async () => {
    const res = await longLivedProducer.send({ topic, acks: -1, messages: [{ key: 'after', value: 'after-restart' }] });
    assert(
      res.every((r) => r.errorCode === 0),
      JSON.stringify(res),
    );
    await longLivedProducer.disconnect();
  });

  await step('after restart: old group resumes from committed offsets (gets only the new message)', async () => {
    const got = await consume(kafka, { groupId, topic, want: 1, commit: true, idleMs: 1500 });
    assert(got.length === 1 && got[0].value === 'after-restart', `got ${JSON.stringify(got.map((m) => m.value))}`);
  });

  await step('stop broker', async () => {
    await broker.stop();
    broker = null;
  });

  if (!KEEP && !opt('data')) fs.rmSync(dataDir, { recursive: true, force: true });
}

main()
  .catch(() => {})
  .finally(async () => {
    if (broker && broker.stop) await broker.stop().catch(() => {});
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    out(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && results.length > 0 ? 0 : 1);
  });
