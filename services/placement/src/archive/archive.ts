import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventHandler } from '@siapkerja/events';

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

/** The handlers of a consumer, each archiving its envelope before applying it (same transaction). */
export function archived(consumer: string, handlers: EventHandler<any>[]): EventHandler<any>[] {
  return handlers.map((h) => ({
    def: h.def,
    handle: async (e: EventEnvelope<unknown>, m: EntityManager) => {
      await archiveEnvelope(m, consumer, h.def.topic, e);
      await h.handle(e, m);
    },
  }));
}

export const IMPORT_APPLIED_TYPE = 'siapkerja.placement.import.applied';
export const IMPORT_ARCHIVE_TOPIC = 'siapkerja.placement.import.v1';
export const IMPORTS_CONSUMER = 'imports';

/** Rows the read models held before the archive existed (migration 1763800000600), archived as they were. */
export const MIGRATED_CONSUMER = 'migrated';
export const MIGRATED_VACANCY = 'siapkerja.placement.migrated.vacancy-registration';
export const MIGRATED_ACTIVITY = 'siapkerja.placement.migrated.activity-count';
