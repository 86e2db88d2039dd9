import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EligibilityRules } from './eligibility.rules';

export const PROGRAM_STATES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type ProgramStateValue = (typeof PROGRAM_STATES)[number];
export const PROGRAM_MODES = ['OFFLINE', 'ONLINE', 'BLENDED'] as const;
export type ProgramModeValue = (typeof PROGRAM_MODES)[number];

@Entity({ name: 'programs' })
@Index('programs_region_code', ['regionCode'])
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** the provider's name as published (kept as the program was published; the provider resource holds the current one) */
  @Column({ name: 'provider_name', type: 'text' }) providerName: string;
  @Column({ name: 'provider_id', type: 'uuid' }) providerId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'kbji_code', type: 'text' }) kbjiCode: string;
  @Column({ name: 'competency_units', type: 'text', array: true }) competencyUnits: string[];
  @Column({ name: 'certification_scheme_id', type: 'text', default: '' }) certificationSchemeId: string;
  @Column({ name: 'duration_days', type: 'int' }) durationDays: number;
  @Column({ name: 'duration_hours', type: 'int', default: 0 }) durationHours: number;
  @Column({ type: 'text', default: 'OFFLINE' }) mode: ProgramModeValue;
  @Column({ type: 'jsonb', default: {} }) eligibility: EligibilityRules;
  @Column({ name: 'cost_idr', type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  costIdr: number;
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'text', default: 'PUBLISHED' }) state: ProgramStateValue;
  @Column({ name: 'attendance_threshold', type: 'int', default: 80 }) attendanceThreshold: number;
  @Column({ name: 'passing_score', type: 'int', default: 70 }) passingScore: number;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Column({ name: 'withdraw_reason', type: 'text', default: '' }) withdrawReason: string;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  /** the partner (or training-provider) client that published it before providers existed */
  @Column({ name: 'owner_client_id', type: 'text', nullable: true }) ownerClientId: string | null;
  /** the TRAINING_PROVIDER person account that published it before providers existed */
  @Column({ name: 'owner_account_id', type: 'text', nullable: true }) ownerAccountId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
