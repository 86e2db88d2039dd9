import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { parseEnvelope, type EventEnvelope, type EventHandler } from '@siapkerja/events';
import { IMPORT_APPLIED_TYPE, IMPORT_BATCH_APPLIED_TYPE, importedFacts, IMPORTS_CONSUMER } from '../archive/archive';
import { IpkConsumer } from '../ipk/ipk.consumer';
import { OutcomesConsumer } from '../outcomes/outcomes.consumer';
import { PlacementsConsumer } from '../placements/placements.consumer';
import { recordPlacements } from '../placements/placements.recorder';
import { ReportsConsumer } from '../reports/reports.consumer';
import { READ_MODEL_TABLES, reapplyErasures, type RebuildResult } from './rebuild';

interface Item {
  time: number;
  order: number;
  envelope: EventEnvelope;
  /** import records come from the archive (they never travel on Kafka) */
  imported: boolean;
}

/** Every message of the topics, from the beginning up to the high watermark of each partition when the read started. */
async function readTopics(
  brokers: string[],
  topics: string[],
  topicPrefix: string,
): Promise<{ topic: string; partition: number; offset: string; value: string }[]> {
  const kafka = new Kafka({ clientId: 'placement-rebuild', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const wanted = topics.map((t) => topicPrefix + t).filter((t) => existing.has(t));
  const remaining = new Map<string, bigint>();
  for (const t of wanted) {
    for (const p of await admin.fetchTopicOffsets(t)) {
      if (BigInt(p.high) > BigInt(p.low)) remaining.set(`${t}:${p.partition}`, BigInt(p.high) - 1n);
    }
  }
  const out: { topic: string; partition: number; offset: string; value: string }[] = [];
  const groupId = `placement-rebuild-${randomUUID()}`;
  if (remaining.size > 0) {
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topics: wanted, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const key = `${topic}:${partition}`;
            const last = remaining.get(key);
            if (last === undefined || BigInt(message.offset) > last) return;
            if (message.value) out.push({ topic, partition, offset: message.offset, value: message.value.toString() });
            if (BigInt(message.offset) >= last) remaining.delete(key);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
  }
  await admin.deleteGroups([groupId]).catch(() => undefined);
  await admin.disconnect();
  return out;
}

/**
 * Rebuilds every read model from the Kafka topics themselves (from the beginning), merged in time order with the import
 * records of the archive (they never travel on Kafka). The archive is left as it is. Each event is applied once per
 * consumer that handles it (duplicates on a topic are skipped by event id); an event a handler refuses is skipped and
 * counted, without aborting the rest (savepoint per event). One transaction: readers see the old numbers until the end.
 * `topicPrefix` is the environment's KAFKA_TOPIC_PREFIX.
 */
export async function rebuildFromKafka(ds: DataSource, brokers: string[], topicPrefix = ''): Promise<RebuildResult> {
  const consumers = [new ReportsConsumer(), new PlacementsConsumer(), new IpkConsumer(), new OutcomesConsumer()];
  const byType = new Map<string, { consumer: string; handler: EventHandler<any> }[]>();
  for (const c of consumers)
    for (const h of c.appliers()) byType.set(h.def.type, [...(byType.get(h.def.type) ?? []), { consumer: c.consumerName, handler: h }]);
  const topics = [...new Set(consumers.flatMap((c) => c.appliers().map((h) => h.def.topic)))];
  const messages = await readTopics(brokers, topics, topicPrefix);
  const items: Item[] = [];
  messages.forEach((msg, i) => {
    try {
      const envelope = parseEnvelope(msg.value);
      if (byType.has(envelope.type)) items.push({ time: Date.parse(envelope.time), order: i, envelope, imported: false });
    } catch {
      // not an envelope: the live consumers dead-lettered it too
    }
  });
  const imports: { envelope: string; archived_at: Date; seq: string }[] = await ds.query(
    `SELECT envelope, archived_at, seq FROM event_archive WHERE consumer = $1 AND event_type = ANY($2) ORDER BY seq`,
    [IMPORTS_CONSUMER, [IMPORT_APPLIED_TYPE, IMPORT_BATCH_APPLIED_TYPE]],
  );
  imports.forEach((r, i) =>
    items.push({
      time: new Date(r.archived_at).getTime(),
      order: messages.length + i,
      envelope: JSON.parse(r.envelope) as EventEnvelope,
      imported: true,
    }),
  );
  items.sort((a, b) => a.time - b.time || a.order - b.order);
  let replayed = 0;
  let skipped = 0;
  const seen = new Set<string>();
  await ds.transaction(async (m) => {
    await m.query(`TRUNCATE ${READ_MODEL_TABLES.join(', ')}`);
    for (const it of items) {
      const targets = it.imported ? [{ consumer: IMPORTS_CONSUMER, handler: undefined }] : (byType.get(it.envelope.type) ?? []);
      for (const t of targets) {
        const key = `${t.consumer}:${it.envelope.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        await m.query('SAVEPOINT rebuild_event');
        try {
          if (t.handler) await t.handler.handle(it.envelope, m);
          else await recordPlacements(m, importedFacts(it.envelope.type, it.envelope.data) ?? []);
          await m.query('RELEASE SAVEPOINT rebuild_event');
          replayed++;
        } catch {
          await m.query('ROLLBACK TO SAVEPOINT rebuild_event');
          skipped++;
        }
      }
    }
    await reapplyErasures(m);
  });
  return { replayed, skipped };
}
