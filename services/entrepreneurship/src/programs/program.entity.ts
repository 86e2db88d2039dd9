import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const FUNDING_BASES = ['PER_GROUP', 'PER_MEMBER_DAY'] as const;
export const EMPLOYMENT_STATUSES = ['JOB_SEEKER', 'UNDEREMPLOYED'] as const;
export const RESIDENCE_RULES = ['ANY', 'GROUP_PROVINCE', 'GROUP_REGENCY'] as const;

/** bigint columns arrive as strings from pg: amounts in Rupiah fit a JS number exactly (below 2^53). */
export const bigintNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? 0 : Number(v)) };

/** A TKM program of one year: the amounts and rules are data (see programs.rules.ts). */
@Entity({ name: 'tkm_programs' })
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'funding_basis', type: 'text' }) fundingBasis: (typeof FUNDING_BASES)[number];
  @Column({ type: 'bigint', transformer: bigintNumber }) amount: number;
  @Column({ name: 'work_days', type: 'int' }) workDays: number;
  @Column({ name: 'min_members', type: 'int' }) minMembers: number;
  @Column({ name: 'max_members', type: 'int' }) maxMembers: number;
  @Column({ name: 'min_age', type: 'int' }) minAge: number;
  @Column({ name: 'max_age', type: 'int' }) maxAge: number;
  @Column({ name: 'eligible_statuses', type: 'text', array: true }) eligibleStatuses: string[];
  @Column({ name: 'residence_rule', type: 'text' }) residenceRule: (typeof RESIDENCE_RULES)[number];
  @Column({ name: 'requires_training', type: 'boolean' }) requiresTraining: boolean;
  @Column({ name: 'training_program_ids', type: 'text', array: true }) trainingProgramIds: string[];
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** How many groups decrees may approve for a program in a province (NN) or regency (NN.NN); the row decrees lock. */
@Entity({ name: 'tkm_program_quotas' })
export class ProgramQuotaEntity {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId: string;
  @PrimaryColumn({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'max_groups', type: 'int' }) maxGroups: number;
  @Column({ name: 'approved_groups', type: 'int' }) approvedGroups: number;
}
