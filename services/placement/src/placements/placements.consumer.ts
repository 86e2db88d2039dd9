import { canonicalRegionCode } from '@siapkerja/codes';
import { Injectable } from '@nestjs/common';
import { onBatch, type EventHandler } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { archived } from '../archive/archive';
import { wibDate } from '../reports/report-month';
import {
  PlacementRecorded,
  SelfEmploymentPlacementRecorded,
  type PlacementRecordedData,
  type SelfEmploymentPlacementData,
} from './placements.events';
import { recordPlacements } from './placements.recorder';
import type { PlacementFact } from './placements.rules';

export function karirhubFact(d: PlacementRecordedData): PlacementFact {
  return {
    sourceKey: `KARIRHUB:${d.applicationId}`,
    source: 'KARIRHUB',
    applicationId: d.applicationId,
    vacancyId: d.vacancyId,
    employerId: d.employerId,
    employerKey: d.employerId,
    selfEmployed: false,
    personId: d.personId,
    employerType: d.employerType,
    kbjiCode: d.kbjiCode,
    kbliCode: d.kbliCode ?? '',
    kbliMainGroup: d.kbliMainGroup,
    // the producer's codes in their canonical form (it may send ' 33.73' or '3373' for 33.73)
    regionCode: canonicalRegionCode(d.jobSeekerRegionCode),
    workRegionCode: canonicalRegionCode(d.workRegionCode),
    overseas: d.overseas,
    channel: d.channel,
    sex: d.sex,
    educationLevel: d.educationLevel,
    ageBand: d.ageBand,
    placedAt: d.placedAt,
    placedOn: wibDate(d.placedAt),
  };
}

/** TKM: a member of a running group business is self-employed (employer = the group); a hired worker works for it. */
export function tkmFact(d: SelfEmploymentPlacementData): PlacementFact {
  const placedAt = `${d.placedAt}T00:00:00+07:00`;
  return {
    sourceKey: `TKM:${d.placementKey}`,
    source: 'TKM',
    employerKey: `tkm:${d.groupId}`,
    selfEmployed: d.role === 'MEMBER',
    personId: d.personId || `unknown:${d.placementKey}`,
    employerType: d.employerType || 'INDIVIDUAL',
    kbjiCode: '',
    kbliCode: d.kbliCode,
    kbliMainGroup: d.kbliMainGroup,
    regionCode: canonicalRegionCode(d.regionCode),
    workRegionCode: canonicalRegionCode(d.regionCode),
    overseas: false,
    channel: d.channel || 'AKL',
    sex: d.sex,
    educationLevel: d.educationLevel,
    ageBand: d.ageBand,
    placedAt: new Date(placedAt).toISOString(),
    placedOn: d.placedAt,
  };
}

/**
 * Builds the placements read model from the channels that publish events: Karirhub hires (PlacementRecorded, counted in
 * the seeker's regency and WIB month of the hire) and TKM self-employment (SelfEmploymentPlacementRecorded, counted in the
 * business's regency). Inside the inbox transaction; each envelope is archived with its effect (rebuild). A placement
 * reported again by another channel is counted once (placements.rules.ts); a person who asked for erasure arrives
 * unlinked (privacy/placements.privacy.ts).
 */
@Injectable()
export class PlacementsConsumer implements EventConsumer {
  readonly consumerName = 'placements';

  handlers() {
    return archived(this.consumerName, this.appliers());
  }

  /** The effects without the archive (the rebuild from Kafka applies them to events it did not archive). */
  appliers(): EventHandler<any>[] {
    return [
      // a batch of events is recorded like a bulk import batch: in order, as one by one would (placements.recorder.ts)
      onBatch(PlacementRecorded, async (es, m) => {
        await recordPlacements(
          m,
          es.map((e) => karirhubFact(e.data)),
        );
      }),
      onBatch(SelfEmploymentPlacementRecorded, async (es, m) => {
        await recordPlacements(
          m,
          es.map((e) => tkmFact(e.data)),
        );
      }),
    ];
  }
}
