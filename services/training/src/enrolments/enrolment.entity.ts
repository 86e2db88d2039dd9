import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ENROLMENT_STATES = [
  'REGISTERED',
  'ACCEPTED',
  'WAITLISTED',
  'REJECTED',
  'WITHDRAWN',
  'CANCELLED',
  'COMPLETED',
  'FAILED',
  'DROPPED_OUT',
] as const;
export type EnrolmentStateValue = (typeof ENROLMENT_STATES)[number];
/** States an enrolment is still open in (a cancelled batch ends them). */
export const OPEN_ENROLMENT_STATES: readonly EnrolmentStateValue[] = ['REGISTERED', 'WAITLISTED', 'ACCEPTED'];
export const FINAL_ENROLMENT_STATES: readonly EnrolmentStateValue[] = ENROLMENT_STATES.filter((s) => !OPEN_ENROLMENT_STATES.includes(s));
export const OUTCOME_STATES = ['COMPLETED', 'FAILED', 'DROPPED_OUT'] as const;
export type OutcomeValue = (typeof OUTCOME_STATES)[number];
/** Who registered the person: himself, a partner platform, the program's provider, a Disnaker officer, the ministry, the platform. */
export type Registrant = 'SELF' | 'PARTNER' | 'PROVIDER' | 'OFFICER' | 'MINISTRY' | 'SYSTEM';
/** Who moved an enrolment: the provider side (provider, officer, ministry), the person, who registered him, the platform. */
export type EnrolmentActorSide = 'PROVIDER' | 'PERSON' | 'REGISTRANT' | 'SYSTEM';

/** A person's enrolment in a batch. NIK, name and birth date are personal data (masked for most callers, erased on request). */
@Entity({ name: 'enrolments' })
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'batch_id', type: 'uuid' }) batchId: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'provider_id', type: 'uuid' }) providerId: string;
  /** libs/identity keyed hash of the NIK */
  @Column({ name: 'person_id', type: 'text' }) personId: string;
  @Column({ type: 'text' }) nik: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'birth_date', type: 'date' }) birthDate: string;
  @Column({ type: 'smallint' }) sex: number;
  /** regency of the batch (NN.NN): the officers in charge */
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ type: 'text' }) state: EnrolmentStateValue;
  @Column({ type: 'text' }) registrant: Registrant;
  /** client id or account id of who registered the person */
  @Column({ name: 'registered_by', type: 'text' }) registeredBy: string;
  /** the client that registered the person, when a client did: it reads, lists and withdraws this enrolment */
  @Column({ name: 'registered_by_client', type: 'text', nullable: true }) registeredByClient: string | null;
  @Column({ name: 'education_level', type: 'text', default: '' }) educationLevel: string;
  @Column({ name: 'screening_score', type: 'smallint', nullable: true }) screeningScore: number | null;
  @Column({ name: 'selection_score', type: 'smallint', nullable: true }) selectionScore: number | null;
  @Column({ name: 'final_score', type: 'smallint', nullable: true }) finalScore: number | null;
  /** order on the waitlist (lowest promoted first); null unless WAITLISTED */
  @Column({ name: 'waitlist_seq', type: 'int', nullable: true }) waitlistSeq: number | null;
  @Column({ name: 'outcome_date', type: 'date', nullable: true }) outcomeDate: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @Column({ name: 'processing_restricted_at', type: 'timestamptz', nullable: true }) processingRestrictedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One state change of an enrolment: who, when, from/to, note. Append-only. */
@Entity({ name: 'enrolment_transitions' })
export class EnrolmentTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId: string;
  @Column({ name: 'from_state', type: 'text', default: '' }) fromState: string;
  @Column({ name: 'to_state', type: 'text' }) toState: EnrolmentStateValue;
  @Column({ type: 'text' }) actor: string;
  @Column({ name: 'actor_side', type: 'text' }) actorSide: EnrolmentActorSide;
  @Column({ type: 'text', default: '' }) note: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A participant's presence at one session of his batch. */
@Entity({ name: 'attendance' })
export class AttendanceEntity {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId: string;
  @PrimaryColumn({ name: 'session_number', type: 'int' }) sessionNumber: number;
  @Column({ name: 'batch_id', type: 'uuid' }) batchId: string;
  @Column({ type: 'boolean' }) present: boolean;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** A person's data-subject requests (UU 27/2022) as this service carried them out, kept even before any enrolment exists. */
@Entity({ name: 'person_privacy' })
export class PersonPrivacyEntity {
  @PrimaryColumn({ name: 'person_id', type: 'text' }) personId: string;
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @Column({ name: 'processing_restricted_at', type: 'timestamptz', nullable: true }) processingRestrictedAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** What Karirhub's events told about a person as job seeker (projection; eligibility reads it). */
@Entity({ name: 'job_seeker_facts' })
export class JobSeekerFactsEntity {
  @PrimaryColumn({ name: 'person_id', type: 'text' }) personId: string;
  @Column({ type: 'text' }) state: string;
  @Column({ name: 'education_level', type: 'text', default: '' }) educationLevel: string;
  @Column({ name: 'region_code', type: 'text', default: '' }) regionCode: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * The columns of a whole enrolment as read by `enrolmentsLocked` (dates as text, as the entity holds them), and their
 * mapping: a bulk read of many enrolments does without the ORM's per-row hydration.
 */
export const ENROLMENT_COLUMNS = `id, batch_id, program_id, provider_id, person_id, nik, name, birth_date::text AS birth_date, sex, region_code, state,
  registrant, registered_by, registered_by_client, education_level, screening_score, selection_score, final_score, waitlist_seq,
  outcome_date::text AS outcome_date, request_id, request_hash, erased_at, processing_restricted_at, created_at, updated_at`;

export interface EnrolmentRow {
  id: string;
  batch_id: string;
  program_id: string;
  provider_id: string;
  person_id: string;
  nik: string;
  name: string;
  birth_date: string;
  sex: number;
  region_code: string;
  state: EnrolmentStateValue;
  registrant: Registrant;
  registered_by: string;
  registered_by_client: string | null;
  education_level: string;
  screening_score: number | null;
  selection_score: number | null;
  final_score: number | null;
  waitlist_seq: number | null;
  outcome_date: string | null;
  request_id: string | null;
  request_hash: string | null;
  erased_at: Date | null;
  processing_restricted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function enrolmentOfRow(r: EnrolmentRow): EnrolmentEntity {
  return Object.assign(new EnrolmentEntity(), {
    id: r.id,
    batchId: r.batch_id,
    programId: r.program_id,
    providerId: r.provider_id,
    personId: r.person_id,
    nik: r.nik,
    name: r.name,
    birthDate: r.birth_date,
    sex: r.sex,
    regionCode: r.region_code,
    state: r.state,
    registrant: r.registrant,
    registeredBy: r.registered_by,
    registeredByClient: r.registered_by_client,
    educationLevel: r.education_level,
    screeningScore: r.screening_score,
    selectionScore: r.selection_score,
    finalScore: r.final_score,
    waitlistSeq: r.waitlist_seq,
    outcomeDate: r.outcome_date,
    requestId: r.request_id,
    requestHash: r.request_hash,
    erasedAt: r.erased_at,
    processingRestrictedAt: r.processing_restricted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

/** Row of a per-batch session count. */
export interface BatchSessionCount {
  batch_id: string;
  n: number;
}
