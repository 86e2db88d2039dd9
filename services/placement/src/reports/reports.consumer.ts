import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canonicalRegionCode, isRegionCode, provinceOf } from '@siapkerja/codes';
import { on, type EventHandler, type EventEnvelope } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { archived } from '../archive/archive';
import { EventChecks, kbjiOrUnknown, MAX_POSITIONS } from '../archive/event-guard';
import { reportMonth } from './report-month';
import { ProgramPublished, SchemeRegistered, TkmGroupRegistered, VacancyRegistered } from './reports.events';

/** National facts without a region are counted under this code. */
export const NATIONAL = '00';

async function countActivity(m: EntityManager, e: EventEnvelope): Promise<void> {
  // the envelope's region in its canonical form (a producer may send ' 33.73' or '3373' for 33.73); anything that is no
  // region code is counted nationally (never a region of its own), and the time must be one (archive/event-guard.ts)
  const given = typeof e.regioncode === 'string' ? canonicalRegionCode(e.regioncode) : '';
  const region = isRegionCode(given) ? given : NATIONAL;
  new EventChecks(e.type).time(e.time, 'time');
  await m.query(
    `INSERT INTO activity_counts (event_type, region_code, province_code, month, count) VALUES ($1, $2, $3, $4, 1)
     ON CONFLICT (event_type, region_code, month) DO UPDATE SET count = activity_counts.count + 1`,
    [e.type, region, region.slice(0, 2), reportMonth(e.time)],
  );
}

/**
 * Builds the report read models from events. Runs inside the inbox transaction, so a
 * redelivered event changes nothing; the tables can be rebuilt by replaying the topics.
 */
@Injectable()
export class ReportsConsumer implements EventConsumer {
  readonly consumerName = 'reports';

  handlers() {
    return archived(this.consumerName, this.appliers());
  }

  /** The effects without the archive (the rebuild from Kafka applies them to events it did not archive). */
  appliers(): EventHandler<any>[] {
    return [
      on(VacancyRegistered, async (e, m) => {
        const d = e.data;
        const c = new EventChecks(e.type);
        c.time(e.time, 'time'); // counted below, after the insert: checked before anything is written
        const region = c.regency(d.regionCode, 'regionCode');
        const registeredAt = c.time(d.registeredAt, 'registeredAt');
        const province = provinceOf(region)?.code ?? region.slice(0, 2);
        await m.query(
          `INSERT INTO vacancy_registrations (vacancy_id, employer_id, region_code, province_code, kbji_code, month, number_needed, registered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (vacancy_id) DO NOTHING`,
          [
            c.uuid(d.vacancyId, 'vacancyId'),
            c.uuid(d.employerId, 'employerId'),
            region,
            province,
            kbjiOrUnknown(d.kbjiCode),
            reportMonth(registeredAt),
            c.int(d.numberNeeded, 'numberNeeded', 1, MAX_POSITIONS),
            registeredAt,
          ],
        );
        await countActivity(m, e);
      }),
      on(ProgramPublished, (e, m) => countActivity(m, e)),
      on(SchemeRegistered, (e, m) => countActivity(m, e)),
      on(TkmGroupRegistered, (e, m) => countActivity(m, e)),
    ];
  }
}
