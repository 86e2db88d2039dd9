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
import { CHANNELS, EMPLOYER_TYPES, type PlacementFact } from './placements.rules';
import {
  ageBandOrUnknown,
  educationOrUnknown,
  EventChecks,
  kbjiOrUnknown,
  kbliMainGroupOrUnknown,
  kbliOrUnknown,
  knownOr,
} from '../archive/event-guard';

export function karirhubFact(d: PlacementRecordedData): PlacementFact {
  // checked first: an event that cannot be counted is dead-lettered with its reason (archive/event-guard.ts)
  const c = new EventChecks(PlacementRecorded.type);
  const applicationId = c.uuid(d.applicationId, 'applicationId');
  const employerId = c.uuid(d.employerId, 'employerId');
  const placedAt = c.time(d.placedAt, 'placedAt');
  return {
    sourceKey: `KARIRHUB:${applicationId}`,
    source: 'KARIRHUB',
    applicationId,
    vacancyId: c.uuid(d.vacancyId, 'vacancyId'),
    employerId,
    employerKey: employerId,
    selfEmployed: false,
    personId: c.personId(d.personId, 'personId'),
    // the forms' code lists: anything else is unknown (''), never a row of its own
    employerType: knownOr(d.employerType, EMPLOYER_TYPES),
    kbjiCode: kbjiOrUnknown(d.kbjiCode),
    kbliCode: kbliOrUnknown(d.kbliCode),
    kbliMainGroup: kbliMainGroupOrUnknown(d.kbliMainGroup, d.kbliCode),
    // the producer's codes in their canonical form (it may send ' 33.73' or '3373' for 33.73)
    regionCode: c.regency(d.jobSeekerRegionCode, 'jobSeekerRegionCode'),
    workRegionCode: c.optionalRegency(d.workRegionCode),
    overseas: d.overseas === true,
    channel: c.oneOf(d.channel, CHANNELS, 'channel'),
    sex: c.oneOf(d.sex, [1, 2], 'sex'),
    educationLevel: educationOrUnknown(d.educationLevel),
    ageBand: ageBandOrUnknown(d.ageBand),
    placedAt,
    placedOn: wibDate(placedAt),
  };
}

/** TKM: a member of a running group business is self-employed (employer = the group); a hired worker works for it. */
export function tkmFact(d: SelfEmploymentPlacementData): PlacementFact {
  const c = new EventChecks(SelfEmploymentPlacementRecorded.type);
  const placementKey = c.text(d.placementKey, 'placementKey');
  const placedOn = c.date(d.placedAt, 'placedAt');
  const region = c.regency(d.regionCode, 'regionCode');
  const personId = c.personId(d.personId, 'personId', true);
  return {
    sourceKey: `TKM:${placementKey}`,
    source: 'TKM',
    employerKey: `tkm:${c.text(d.groupId, 'groupId')}`,
    selfEmployed: d.role === 'MEMBER',
    personId: personId || `unknown:${placementKey}`,
    employerType: knownOr(d.employerType, EMPLOYER_TYPES) || 'INDIVIDUAL',
    kbjiCode: '',
    kbliCode: kbliOrUnknown(d.kbliCode),
    kbliMainGroup: kbliMainGroupOrUnknown(d.kbliMainGroup, d.kbliCode),
    regionCode: region,
    workRegionCode: region,
    overseas: false,
    channel: d.channel ? c.oneOf(d.channel, CHANNELS, 'channel') : 'AKL',
    // 0: a hired worker reported without a NIK (counted in the total only)
    sex: c.oneOf(d.sex, [0, 1, 2], 'sex'),
    educationLevel: educationOrUnknown(d.educationLevel),
    ageBand: ageBandOrUnknown(d.ageBand),
    placedAt: new Date(`${placedOn}T00:00:00+07:00`).toISOString(),
    placedOn,
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
