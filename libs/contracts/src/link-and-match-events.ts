import { defineEvent } from '@siapkerja/events';

/*
 * Link and match: the facts that carry one person from training to certificate to work across services. Producers and
 * consumers (certification, placement) compile against these definitions. People appear as the person id (libs/identity
 * keyed hash of the NIK, the same in every service), never with the NIK, name or birth date; only the IPK age band and
 * sex that the reports count.
 */

/**
 * The outcome of one participant of a Skillhub batch: COMPLETED (attendance threshold met and the final assessment passed),
 * FAILED or DROPPED_OUT. Topic siapkerja.training.outcome.v1, keyed by the enrolment id; one event per enrolment outcome.
 * Certification uses COMPLETED for scheme prerequisites; placement follows graduates (graduate outcomes per provider,
 * program, region and cohort month).
 */
export interface TrainingOutcomeData {
  enrolmentId: string;
  batchId: string;
  programId: string;
  programTitle: string;
  providerId: string;
  /** BLK_UPTP, BLK_UPTD, BLK_KOMUNITAS, LPK or PARTNER_PLATFORM */
  providerKind: string;
  /** libs/identity keyed hash of the NIK */
  personId: string;
  /** SKKNI units the program teaches (for COMPLETED: the units the graduate was trained in) */
  competencyUnits: string[];
  /** KBJI 2014 occupation the program trains for ('' when none) */
  kbjiCode: string;
  /** certification scheme the program prepares for ('' when none) */
  certificationSchemeId: string;
  /** regency of the batch venue, NN.NN */
  regionCode: string;
  /** 1 male, 2 female */
  sex: number;
  /** IPK age band on the outcome date: 15-19, 20-29, 30-44, 45-54, 55+ */
  ageBand: string;
  /** COMPLETED, FAILED or DROPPED_OUT */
  outcome: string;
  /** YYYY-MM-DD: the completion (or failure, drop-out) date; the cohort month is taken from it */
  outcomeDate: string;
  occurredAt: string;
}
const TRAINING_OUTCOME_TOPIC = 'siapkerja.training.outcome.v1';
export const TrainingCompleted = defineEvent<TrainingOutcomeData>(TRAINING_OUTCOME_TOPIC, 'siapkerja.training.completed');
export const TrainingFailed = defineEvent<TrainingOutcomeData>(TRAINING_OUTCOME_TOPIC, 'siapkerja.training.failed');
export const TrainingDroppedOut = defineEvent<TrainingOutcomeData>(TRAINING_OUTCOME_TOPIC, 'siapkerja.training.dropped-out');
export const TRAINING_OUTCOME_EVENTS = [TrainingCompleted, TrainingFailed, TrainingDroppedOut] as const;

/**
 * A placement outside Karirhub's hires, as a producing service saw it: TKM self-employment (each member of a group whose
 * business runs, once) and the workers such a business hires. Topic siapkerja.entrepreneurship.placement.v1, keyed by the
 * group id. Placement counts it with channel AKL and employer type INDIVIDUAL ("usaha perorangan/kelompok" on the IPK
 * forms); placementKey is stable and unique, so a redelivery or a re-sent report never counts a person twice.
 */
export interface SelfEmploymentPlacementData {
  /** unique and stable: `${groupId}:member:${personId}` or `${groupId}:worker:${n}` */
  placementKey: string;
  groupId: string;
  tkmProgramId: string;
  /** MEMBER (the group's own member, self-employed) or HIRED_WORKER (hired by the group's business) */
  role: string;
  /** libs/identity keyed hash of the NIK; '' for a hired worker reported without a NIK */
  personId: string;
  /** KBLI 2020 code of the business; kbliMainGroup is its first two digits */
  kbliCode: string;
  kbliMainGroup: string;
  /** regency of the business location, NN.NN (where the placement is counted) */
  regionCode: string;
  /** 1 male, 2 female; 0 when unknown (a hired worker without a NIK) */
  sex: number;
  /** IPK age band on placedAt ('' when unknown) */
  ageBand: string;
  /** IPK education level code ('' when unknown) */
  educationLevel: string;
  /** always AKL for TKM */
  channel: string;
  /** always INDIVIDUAL ("usaha perorangan/kelompok") for TKM */
  employerType: string;
  /** YYYY-MM-DD */
  placedAt: string;
  occurredAt: string;
}
export const SelfEmploymentPlacementRecorded = defineEvent<SelfEmploymentPlacementData>(
  'siapkerja.entrepreneurship.placement.v1',
  'siapkerja.entrepreneurship.placement.recorded',
);
