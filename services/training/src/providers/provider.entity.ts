import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const PROVIDER_KINDS = ['BLK_UPTP', 'BLK_UPTD', 'BLK_KOMUNITAS', 'LPK', 'PARTNER_PLATFORM'] as const;
export type ProviderKindValue = (typeof PROVIDER_KINDS)[number];
export const ACCREDITATION_GRADES = ['A', 'B', 'C'] as const;

/** A training provider (BLK, LPK, platform). Its accounts and clients carry its id as their organization id. */
@Entity({ name: 'training_providers' })
export class TrainingProviderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: ProviderKindValue;
  @Column({ type: 'text' }) name: string;
  /** province (NN) or regency (NN.NN) of its seat */
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'accreditation_grade', type: 'text', default: '' }) accreditationGrade: string;
  @Column({ name: 'accreditation_valid_until', type: 'date', nullable: true }) accreditationValidUntil: string | null;
  @Column({ name: 'contact_email', type: 'text', default: '' }) contactEmail: string;
  @Column({ name: 'contact_phone', type: 'text', default: '' }) contactPhone: string;
  @Column({ name: 'contact_website', type: 'text', default: '' }) contactWebsite: string;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @Column({ name: 'verified_by', type: 'text', nullable: true }) verifiedBy: string | null;
  /** the former owner a provider created for legacy programs stands for (client:<id>, account:<id>, name:<region>:<name>) */
  @Column({ name: 'legacy_owner', type: 'text', nullable: true, unique: true }) legacyOwner: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
