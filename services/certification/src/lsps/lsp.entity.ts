import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const LSP_TYPES = ['P1', 'P2', 'P3'] as const;
export const LSP_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export const TUK_KINDS = ['SEWAKTU', 'TEMPAT_KERJA', 'MANDIRI'] as const;
export type LspStatusValue = (typeof LSP_STATUSES)[number];

/** A certification body (Lembaga Sertifikasi Profesi) licensed by BNSP. */
@Entity({ name: 'lsps' })
export class LspEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'lsp_type', type: 'text' }) lspType: (typeof LSP_TYPES)[number];
  @Column({ name: 'licence_number', type: 'text', unique: true }) licenceNumber: string;
  /** YYYY-MM-DD */
  @Column({ name: 'licence_valid_until', type: 'date' }) licenceValidUntil: string;
  /** NN or NN.NN; '' for an LSP migrated from the old scheme register until BNSP completes it */
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ type: 'text' }) status: LspStatusValue;
  @Column({ name: 'status_reason', type: 'text', default: '' }) statusReason: string;
  /**
   * Set only on an LSP stored before licence numbers were one in any letter case whose number differed from an older one's
   * only in case (migration 1763800000900): the older LSP, which keeps the number; cleared when the number is renewed.
   */
  @Column({ name: 'case_duplicate_of', type: 'uuid', nullable: true }) caseDuplicateOf: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** An assessment site (Tempat Uji Kompetensi) of an LSP. */
@Entity({ name: 'tuks' })
export class TukEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'lsp_id', type: 'uuid' }) lspId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: (typeof TUK_KINDS)[number];
  /** regency NN.NN */
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ type: 'text', default: '' }) address: string;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** An assessor (asesor kompetensi) registered with an LSP. */
@Entity({ name: 'assessors' })
export class AssessorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'lsp_id', type: 'uuid' }) lspId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'registration_number', type: 'text', unique: true }) registrationNumber: string;
  /** SKKNI unit codes or scheme codes */
  @Column({ name: 'competence_areas', type: 'text', array: true }) competenceAreas: string[];
  /** YYYY-MM-DD */
  @Column({ name: 'registration_valid_until', type: 'date' }) registrationValidUntil: string;
  @Column({ name: 'daily_capacity', type: 'int' }) dailyCapacity: number;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
