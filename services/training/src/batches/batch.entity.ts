import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const BATCH_STATES = ['PLANNED', 'OPEN', 'SELECTION', 'RUNNING', 'FINISHED', 'CANCELLED'] as const;
export type BatchStateValue = (typeof BATCH_STATES)[number];
export const BATCH_MODES = ['OFFLINE', 'ONLINE'] as const;
export type BatchModeValue = (typeof BATCH_MODES)[number];

/** One run (angkatan) of a training program. Dates are `YYYY-MM-DD` strings (PostgreSQL date). */
@Entity({ name: 'batches' })
export class BatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'provider_id', type: 'uuid' }) providerId: string;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date' }) endDate: string;
  @Column({ name: 'registration_opens', type: 'date' }) registrationOpens: string;
  @Column({ name: 'registration_closes', type: 'date' }) registrationCloses: string;
  @Column({ type: 'int' }) capacity: number;
  /** enrolments ACCEPTED, kept under the batch's row lock; the table refuses more than the capacity */
  @Column({ name: 'accepted_count', type: 'int', default: 0 }) acceptedCount: number;
  /** regency of the venue (NN.NN) */
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ type: 'text' }) mode: BatchModeValue;
  @Column({ type: 'text' }) state: BatchStateValue;
  @Column({ name: 'cancel_reason', type: 'text', default: '' }) cancelReason: string;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One session (training day) of a batch; attendance is recorded per session. */
@Entity({ name: 'batch_sessions' })
export class BatchSessionEntity {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid' }) batchId: string;
  @PrimaryColumn({ type: 'int' }) number: number;
  @Column({ type: 'date' }) date: string;
  @Column({ type: 'text', default: '' }) topic: string;
}
