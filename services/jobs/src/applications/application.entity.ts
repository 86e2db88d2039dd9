import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const APPLICATION_STATES = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApplicationStateValue = (typeof APPLICATION_STATES)[number];
export const FINAL_APPLICATION_STATES: readonly ApplicationStateValue[] = ['HIRED', 'REJECTED', 'WITHDRAWN'];
export type ActorSide = 'EMPLOYER' | 'SEEKER' | 'SYSTEM';

export interface ScreeningNote {
  /** SEX, AGE, EDUCATION, EXPERIENCE or OVERSEAS */
  rule: string;
  message: string;
}

@Entity({ name: 'applications' })
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'vacancy_id', type: 'uuid' }) vacancyId: string;
  @Column({ name: 'job_seeker_id', type: 'uuid' }) jobSeekerId: string;
  @Column({ name: 'employer_id', type: 'uuid' }) employerId: string;
  @Column({ name: 'person_id', type: 'text' }) personId: string;
  @Column({ type: 'text' }) state: ApplicationStateValue;
  @Column({ name: 'cover_letter', type: 'text', default: '' }) coverLetter: string;
  @Column({ name: 'screening_notes', type: 'jsonb', default: () => "'[]'" }) screeningNotes: ScreeningNote[];
  @Column({ name: 'applied_by', type: 'text' }) appliedBy: string;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  /** the request's hash beside its request id (libs/persistence RequestKey): a reused key with another request is refused */
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One state change of an application: who, when, from/to, note. Append-only. */
@Entity({ name: 'application_transitions' })
export class ApplicationTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'from_state', type: 'text', default: '' }) fromState: string;
  @Column({ name: 'to_state', type: 'text' }) toState: ApplicationStateValue;
  @Column({ type: 'text' }) actor: string;
  @Column({ name: 'actor_side', type: 'text' }) actorSide: ActorSide;
  @Column({ type: 'text', default: '' }) note: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
