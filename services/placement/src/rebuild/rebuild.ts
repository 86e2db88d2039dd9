import type { DataSource, EntityManager } from 'typeorm';
import { PoisonMessageError, type EventEnvelope, type EventHandler } from '@siapkerja/events';
import { importedFacts, IMPORTS_CONSUMER, MIGRATED_ACTIVITY, MIGRATED_CONSUMER, MIGRATED_VACANCY } from '../archive/archive';
import { IPK_CELL_TABLES } from '../ipk/ipk.cells';
import { IpkConsumer } from '../ipk/ipk.consumer';
import { OutcomesConsumer } from '../outcomes/outcomes.consumer';
import { PlacementsConsumer } from '../placements/placements.consumer';
import { recordPlacements } from '../placements/placements.recorder';
import { ReportsConsumer } from '../reports/reports.consumer';

/** Every read model built from events (and accepted imports): emptied, then refilled by the replay. */
export const READ_MODEL_TABLES = [
  'vacancy_registrations',
  'activity_counts',
  'placements',
  'placement_sources',
  'ipk_job_seekers',
  'ipk_vacancies',
  ...IPK_CELL_TABLES,
  'training_outcomes',
  'enrolment_starts',
  'certificates_seen',
  'programs_seen',
];

/** The archive's handlers per consumer: the same code the live consumers run. */
function handlersByConsumer(): Map<string, Map<string, EventHandler<any>>> {
  const out = new Map<string, Map<string, EventHandler<any>>>();
  for (const c of [new ReportsConsumer(), new PlacementsConsumer(), new IpkConsumer(), new OutcomesConsumer()]) {
    // the live handlers: their archive insert is a no-op for an envelope already archived
    out.set(c.consumerName, new Map(c.handlers().map((h) => [h.def.type, h])));
  }
  return out;
}

export interface RebuildResult {
  replayed: number;
  skipped: number;
}

/**
 * Rebuilds every read model from the archive of the events the service consumed (and the import records it accepted), in
 * the order they were applied, in one transaction: readers see the old numbers until the new ones are complete. The archive
 * rows are not re-archived (the wrapped handlers' archive insert is a no-op on a row that exists). Erasures (UU 27/2022)
 * already carried out are applied again at the end, so the rebuild never relinks a person who asked to be forgotten.
 */
export async function rebuildFromArchive(ds: DataSource, batch = 1000): Promise<RebuildResult> {
  const handlers = handlersByConsumer();
  let replayed = 0;
  let skipped = 0;
  await ds.transaction(async (m) => {
    await m.query(`TRUNCATE ${READ_MODEL_TABLES.join(', ')}`);
    for (let after = 0; ;) {
      const stored: { seq: string; consumer: string; event_type: string; envelope: string }[] = await m.query(
        `SELECT seq, consumer, event_type, envelope FROM event_archive WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, batch],
      );
      if (stored.length === 0) break;
      const rows = stored.map((r) => ({ ...r, envelope: JSON.parse(r.envelope) as EventEnvelope }));
      for (const r of rows) {
        const facts = r.consumer === IMPORTS_CONSUMER ? importedFacts(r.event_type, r.envelope.data) : undefined;
        if (facts) {
          // a batch of import records is applied as it was: in one call, in order
          await recordPlacements(m, facts);
          replayed++;
          continue;
        }
        if (r.consumer === MIGRATED_CONSUMER && (r.event_type === MIGRATED_VACANCY || r.event_type === MIGRATED_ACTIVITY)) {
          const table = r.event_type === MIGRATED_VACANCY ? 'vacancy_registrations' : 'activity_counts';
          await m.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_record(NULL::${table}, $1::jsonb) ON CONFLICT DO NOTHING`, [
            JSON.stringify(r.envelope.data),
          ]);
          replayed++;
          continue;
        }
        const h = handlers.get(r.consumer)?.get(r.event_type);
        if (!h) {
          skipped++;
          continue;
        }
        try {
          await h.handle(r.envelope, m);
        } catch (e) {
          // refused before it wrote anything (archive/event-guard.ts): an event archived before the checks existed that the
          // live consumer now dead-letters is skipped here too, so the rebuild equals what the consumers would build
          if (!(e instanceof PoisonMessageError)) throw e;
          skipped++;
          continue;
        }
        replayed++;
      }
      after = Number(rows[rows.length - 1].seq);
    }
    await reapplyErasures(m);
  });
  return { replayed, skipped };
}

/** Unlinks again every person whose erasure was carried out (UU 27/2022): a rebuild never relinks them. */
export async function reapplyErasures(m: EntityManager): Promise<void> {
  const erased = `IN (SELECT person_id FROM person_erasures)`;
  await m.query(`UPDATE placements SET person_id = 'erased:' || placement_id::text WHERE person_id ${erased}`);
  await m.query(`UPDATE training_outcomes SET person_id = 'erased:' || enrolment_id::text WHERE person_id ${erased}`);
  await m.query(`UPDATE certificates_seen SET person_id = 'erased:' || certificate_id::text WHERE person_id ${erased}`);
  await m.query(`UPDATE ipk_job_seekers SET person_id = 'erased:' || job_seeker_id::text WHERE person_id ${erased}`);
}
