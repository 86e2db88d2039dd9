import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber } from '../programs/program.entity';

export const PROPOSAL_STATES = ['SUBMITTED', 'VERIFIED', 'REJECTED', 'APPROVED', 'DISBURSED'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export interface ChecklistItem {
  code: string;
  passed: boolean;
  note: string;
}

/** A group's proposal for assistance. */
@Entity({ name: 'tkm_proposals' })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'program_year', type: 'int' }) programYear: number;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ type: 'text' }) state: ProposalState;
  @Column({ name: 'requested_amount', type: 'bigint', transformer: bigintNumber }) requestedAmount: number;
  @Column({ name: 'approved_amount', type: 'bigint', transformer: bigintNumber }) approvedAmount: number;
  @Column({ name: 'disbursed_amount', type: 'bigint', transformer: bigintNumber }) disbursedAmount: number;
  @Column({ type: 'jsonb' }) checklist: ChecklistItem[];
  @Column({ name: 'rejection_reasons', type: 'text', array: true }) rejectionReasons: string[];
  @Column({ name: 'decree_id', type: 'uuid', nullable: true }) decreeId: string | null;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy: string;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A decree (SK) approving a numbered batch of proposals. */
@Entity({ name: 'tkm_decrees' })
export class DecreeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) number: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'program_year', type: 'int' }) programYear: number;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'decided_on', type: 'date' }) decidedOn: string;
  @Column({ name: 'total_amount', type: 'bigint', transformer: bigintNumber }) totalAmount: number;
  @Column({ name: 'issued_by', type: 'text' }) issuedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One disbursement of an approved proposal. */
@Entity({ name: 'tkm_tranches' })
export class TrancheEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId: string;
  @Column({ type: 'bigint', transformer: bigintNumber }) amount: number;
  @Column({ name: 'disbursed_on', type: 'date' }) disbursedOn: string;
  @Column({ type: 'text' }) reference: string;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The audit trail of every state change of groups, proposals, decrees and reports. */
@Entity({ name: 'tkm_history' })
export class HistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) aggregate: string;
  @Column({ name: 'aggregate_id', type: 'uuid' }) aggregateId: string;
  @Column({ type: 'text' }) action: string;
  @Column({ name: 'from_state', type: 'text' }) fromState: string;
  @Column({ name: 'to_state', type: 'text' }) toState: string;
  @Column({ type: 'text' }) actor: string;
  @Column({ type: 'text' }) note: string;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}
