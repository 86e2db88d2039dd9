import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from '../programs/program.entity';

export const REPORT_KINDS = ['PERIODIC', 'FINAL'] as const;
export const REPORT_STATES = ['SUBMITTED', 'ACCEPTED', 'REJECTED'] as const;

/** A mentor's visit to a group. */
@Entity({ name: 'tkm_mentor_visits' })
export class MentorVisitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'visited_on', type: 'date' }) visitedOn: string;
  @Column({ type: 'text' }) notes: string;
  @Column({ name: 'mentor_account_id', type: 'text' }) mentorAccountId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A periodic business report or the final accountability report of a group. */
@Entity({ name: 'tkm_business_reports' })
export class BusinessReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ type: 'text' }) kind: (typeof REPORT_KINDS)[number];
  @Column({ type: 'text' }) period: string;
  @Column({ type: 'bigint', transformer: bigintNumber }) revenue: number;
  @Column({ name: 'active_members', type: 'int' }) activeMembers: number;
  @Column({ name: 'workers_hired', type: 'int' }) workersHired: number;
  @Column({ type: 'text' }) notes: string;
  @Column({ type: 'text' }) state: (typeof REPORT_STATES)[number];
  @Column({ name: 'review_note', type: 'text' }) reviewNote: string;
  @Column({ name: 'placements_recorded', type: 'int' }) placementsRecorded: number;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy: string;
  @Column({ name: 'reviewed_by', type: 'text', nullable: true }) reviewedBy: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
}

/** A self-employment placement recorded (the key makes each one happen once). */
@Entity({ name: 'tkm_placements' })
export class TkmPlacementEntity {
  @PrimaryColumn({ name: 'placement_key', type: 'text' }) placementKey: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ type: 'text' }) role: string;
  @Column({ name: 'person_id', type: 'text' }) personId: string;
  @Column({ name: 'placed_at', type: 'date' }) placedAt: string;
}
