import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const EMPLOYER_TYPES = ['GOVERNMENT', 'STATE_OWNED', 'COOPERATIVE', 'PRIVATE', 'OTHER_BUSINESS', 'INDIVIDUAL'] as const;
export type EmployerTypeValue = (typeof EMPLOYER_TYPES)[number];
export const VERIFICATION_STATUSES = ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const;
export type VerificationStatusValue = (typeof VERIFICATION_STATUSES)[number];
export const MEMBER_ROLES = ['OWNER', 'MEMBER'] as const;
export type MemberRoleValue = (typeof MEMBER_ROLES)[number];

@Entity({ name: 'employers' })
export class EmployerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 13, unique: true }) nib: string;
  @Column({ name: 'legal_name', type: 'text' }) legalName: string;
  @Column({ name: 'employer_type', type: 'text' }) employerType: EmployerTypeValue;
  @Column({ name: 'kbli_codes', type: 'text', array: true }) kbliCodes: string[];
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ type: 'text', default: '' }) address: string;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  /** the request's hash beside its request id (libs/persistence RequestKey): a reused key with another request is refused */
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  /** the partner client that registered it: that partner acts for it */
  @Column({ name: 'owner_client_id', type: 'text', nullable: true }) ownerClientId: string | null;
  @Column({ name: 'contact_name', type: 'text', default: '' }) contactName: string;
  @Column({ name: 'contact_phone', type: 'text', default: '' }) contactPhone: string;
  @Column({ name: 'contact_email', type: 'text', default: '' }) contactEmail: string;
  @Column({ name: 'verification_status', type: 'text', default: 'UNVERIFIED' }) verificationStatus: VerificationStatusValue;
  @Column({ name: 'verification_note', type: 'text', default: '' }) verificationNote: string;
  @Column({ name: 'verified_by', type: 'text', nullable: true }) verifiedBy: string | null;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A person account acting for an employer (its OWNER adds MEMBERs). */
@Entity({ name: 'employer_members' })
export class EmployerMemberEntity {
  @PrimaryColumn({ name: 'employer_id', type: 'uuid' }) employerId: string;
  @PrimaryColumn({ name: 'account_id', type: 'text' }) accountId: string;
  @Column({ type: 'text' }) role: MemberRoleValue;
  @Column({ name: 'added_by', type: 'text' }) addedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
