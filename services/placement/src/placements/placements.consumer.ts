import { Injectable } from '@nestjs/common';
import { on } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { reportMonth } from '../reports/report-month';
import { PlacementRecorded } from './placements.events';

/**
 * Builds the placements read model from PlacementRecorded, inside the inbox transaction (a redelivered event changes
 * nothing; the row's primary key, the application id, guards a replay of the topic as well). A placement of a person who
 * asked for erasure arrives unlinked from him (see privacy/placements.privacy.ts). The placement is counted in
 * the seeker's regency (the Disnaker whose register the seeker leaves) and in the WIB month of the hire.
 */
@Injectable()
export class PlacementsConsumer implements EventConsumer {
  readonly consumerName = 'placements';

  handlers() {
    return [
      on(PlacementRecorded, async (e, m) => {
        const d = e.data;
        await m.query(
          `INSERT INTO placements (application_id, vacancy_id, person_id, employer_id, employer_type, kbji_code, kbli_main_group, region_code, province_code,
                                   work_region_code, overseas, channel, sex, education_level, age_band, month, placed_at)
           VALUES ($1, $2, CASE WHEN EXISTS (SELECT 1 FROM person_erasures WHERE person_id = $3) THEN 'erased:' || $1::uuid::text ELSE $3 END, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
           ON CONFLICT (application_id) DO NOTHING`,
          [
            d.applicationId,
            d.vacancyId,
            d.personId,
            d.employerId,
            d.employerType,
            d.kbjiCode,
            d.kbliMainGroup,
            d.jobSeekerRegionCode,
            d.jobSeekerRegionCode.slice(0, 2),
            d.workRegionCode,
            d.overseas,
            d.channel,
            d.sex,
            d.educationLevel,
            d.ageBand,
            reportMonth(d.placedAt),
            d.placedAt,
          ],
        );
      }),
    ];
  }
}
