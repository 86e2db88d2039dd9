import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventHandler } from '@siapkerja/events';
import type { PlacementFact } from '../placements/placements.rules';

/**
 * The archive of the events the read models were built from: each consumed envelope is written in the same transaction as
 * its effect (inside the inbox transaction), so replaying the archive in `seq` order rebuilds every read model exactly
 * as it stood (see rebuild/rebuild.ts). Accepted bulk-import records are archived the same way, as envelopes of type
 * {@link IMPORT_APPLIED_TYPE}, so the archive is the complete history of what fed the read models.
 */
export async function archiveEnvelope(m: EntityManager, consumer: string, topic: string, e: EventEnvelope): Promise<void> {
  await m.query(
    `INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (consumer, event_id) DO NOTHING`,
    [consumer, e.id, topic, e.type, JSON.stringify(e)],
  );
}

/** Several envelopes of one topic, in order, in one statement (a batch of events). */
export async function archiveEnvelopes(m: EntityManager, consumer: string, topic: string, es: EventEnvelope[]): Promise<void> {
  await m.query(
    `INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope)
     SELECT $1, x.id, $2, x.type, x.envelope FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS x(id, type, envelope, n)
      ORDER BY x.n
     ON CONFLICT (consumer, event_id) DO NOTHING`,
    [consumer, topic, es.map((e) => e.id), es.map((e) => e.type), es.map((e) => JSON.stringify(e))],
  );
}

/**
 * The handlers of a consumer, each archiving its envelope(s) before applying them (same transaction); each takes batches
 * (libs/events EventHandler.handleBatch), so a consumer keeps up with a high rate: one transaction per batch.
 */
export function archived(consumer: string, handlers: EventHandler<any>[]): EventHandler<any>[] {
  return handlers.map((h) => ({
    def: h.def,
    handle: async (e: EventEnvelope<unknown>, m: EntityManager) => {
      await archiveEnvelope(m, consumer, h.def.topic, e);
      await h.handle(e, m);
    },
    // several events in one transaction: archived in one statement, then applied together (a handler written for
    // batches) or one after the other, in order (every effect here is in this database, so that is one by one)
    handleBatch: async (es: EventEnvelope<unknown>[], m: EntityManager) => {
      await archiveEnvelopes(m, consumer, h.def.topic, es);
      if (h.handleBatch) await h.handleBatch(es, m);
      else for (const e of es) await h.handle(e, m);
    },
  }));
}

/** One accepted import record (archived before batches were; still replayed). */
export const IMPORT_APPLIED_TYPE = 'siapkerja.placement.import.applied';
/**
 * The accepted new records of one ApplyImportBatch call, in order: one archive row per batch instead of one per record
 * (the records' order and content are the same, and a rebuild applies them as the batch was applied). `data` holds them
 * as columns' names and one array of values per record ({@link packFacts}): half the bytes of an array of objects.
 */
export const IMPORT_BATCH_APPLIED_TYPE = 'siapkerja.placement.import.batch-applied';

/** Placement facts as `{ fields, rows }`: the field names once, then each fact's values in that order (null: absent). */
export function packFacts(facts: readonly PlacementFact[]): { fields: string[]; rows: unknown[][] } {
  const seen = new Set<string>();
  for (const f of facts) for (const k in f) seen.add(k);
  const fields = [...seen];
  return { fields, rows: facts.map((f) => fields.map((k) => (f as unknown as Record<string, unknown>)[k] ?? null)) };
}

/** The facts of {@link packFacts}'s answer, as they were (absent fields left out). */
export function unpackFacts(data: { fields: string[]; rows: unknown[][] }): PlacementFact[] {
  return data.rows.map((row) => {
    const f: Record<string, unknown> = {};
    data.fields.forEach((k, i) => {
      if (row[i] !== null) f[k] = row[i];
    });
    return f as unknown as PlacementFact;
  });
}

/** The placement facts an imports archive envelope holds (a batch, or one record of an older archive). */
export function importedFacts(eventType: string, data: unknown): PlacementFact[] | undefined {
  if (eventType === IMPORT_BATCH_APPLIED_TYPE) return unpackFacts(data as { fields: string[]; rows: unknown[][] });
  if (eventType === IMPORT_APPLIED_TYPE) return [data as PlacementFact];
  return undefined;
}

export const IMPORT_ARCHIVE_TOPIC = 'siapkerja.placement.import.v1';
export const IMPORTS_CONSUMER = 'imports';

/** Rows the read models held before the archive existed (migration 1763800000600), archived as they were. */
export const MIGRATED_CONSUMER = 'migrated';
export const MIGRATED_VACANCY = 'siapkerja.placement.migrated.vacancy-registration';
export const MIGRATED_ACTIVITY = 'siapkerja.placement.migrated.activity-count';
