import { ipkAgeBandOn, todayWib } from '@siapkerja/codes';
import type { EnrolmentEventData } from '@siapkerja/contracts';
import type { EnrolmentActorSide, EnrolmentEntity } from './enrolment.entity';

export {
  EnrolmentRegistered,
  EnrolmentTransitioned,
  TrainingCompleted,
  TrainingDroppedOut,
  TrainingFailed,
  type EnrolmentEventData,
  type TrainingOutcomeData,
} from '@siapkerja/contracts';

/** The event of an enrolment's change: the person id, never the NIK, name or birth date (only the IPK age band). */
export function enrolmentEventData(e: EnrolmentEntity, from: string, side: EnrolmentActorSide, now: Date): EnrolmentEventData {
  return {
    enrolmentId: e.id,
    batchId: e.batchId,
    programId: e.programId,
    personId: e.personId,
    regionCode: e.regionCode,
    sex: e.sex,
    ageBand: ipkAgeBandOn(e.birthDate, todayWib(now)) ?? '',
    registrant: e.registrant,
    fromState: from,
    state: e.state,
    actorSide: side,
    occurredAt: now.toISOString(),
  };
}
