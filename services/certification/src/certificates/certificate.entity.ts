import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const CERTIFICATE_STATUSES = ['VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED'] as const;
export type CertificateStatusValue = (typeof CERTIFICATE_STATUSES)[number];
export const FINAL_CERTIFICATE_STATUSES: readonly CertificateStatusValue[] = ['REVOKED', 'EXPIRED'];

/** A competency certificate (sertifikat kompetensi) issued by an LSP for a person on a registered scheme. */
@Entity({ name: 'certificates' })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** as printed, normalised (trimmed, single spaces, upper case); unique */
  @Column({ type: 'text', unique: true }) number: string;
  /** 20 Crockford base-32 characters (100 random bits), stored without dashes */
  @Column({ name: 'verification_code', type: 'text', unique: true }) verificationCode: string;
  @Column({ name: 'scheme_id', type: 'uuid' }) schemeId: string;
  /** the scheme as registered when the certificate was issued */
  @Column({ name: 'scheme_code', type: 'text' }) schemeCode: string;
  @Column({ name: 'scheme_name', type: 'text' }) schemeName: string;
  @Column({ name: 'kkni_level', type: 'int' }) kkniLevel: number;
  @Column({ name: 'lsp_name', type: 'text' }) lspName: string;
  /** '' when the scheme has none */
  @Column({ name: 'kbji_code', type: 'text', default: '' }) kbjiCode: string;
  /** libs/identity keyed hash of the holder's NIK */
  @Column({ name: 'person_id', type: 'text' }) personId: string;
  /** the NIK, or a stand-in starting with X after an erasure */
  @Column({ name: 'holder_nik', type: 'text' }) holderNik: string;
  @Column({ name: 'holder_name', type: 'text' }) holderName: string;
  @Column({ name: 'competency_units', type: 'text', array: true }) competencyUnits: string[];
  /** YYYY-MM-DD */
  @Column({ name: 'issue_date', type: 'date' }) issueDate: string;
  /** last day of validity, YYYY-MM-DD */
  @Column({ name: 'valid_until', type: 'date' }) validUntil: string;
  @Column({ type: 'text' }) status: CertificateStatusValue;
  @Column({ name: 'status_reason', type: 'text', default: '' }) statusReason: string;
  @Column({ name: 'status_changed_at', type: 'timestamptz' }) statusChangedAt: Date;
  /** the partner client of the LSP that issued it: that client owns it */
  @Column({ name: 'issuer_client_id', type: 'text', nullable: true }) issuerClientId: string | null;
  /** or the account of the LSP person that issued it */
  @Column({ name: 'issuer_account_id', type: 'text', nullable: true }) issuerAccountId: string | null;
  /** `<caller>|<client request id>` (libs/persistence onceByRequestId): a retry by the same issuer returns the first result */
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @Column({ name: 'processing_restricted_at', type: 'timestamptz', nullable: true }) processingRestrictedAt: Date | null;
  /** the issuing LSP (licensed for the scheme) */
  @Column({ name: 'lsp_id', type: 'uuid' }) lspId: string;
  /** regency of the assessment (the TUK's), NN.NN; '' for certificates issued directly */
  @Column({ name: 'region_code', type: 'text', default: '' }) regionCode: string;
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true }) assessmentId: string | null;
  /** position in the Bitstring Status Lists: list floor(i / 131072), bit i mod 131072 */
  @Column({ name: 'status_index', type: 'int' }) statusIndex: number;
  /** the signed credential (VC-JOSE compact JWS); null for certificates migrated from before credentials (signed on demand) */
  @Column({ name: 'credential_jwt', type: 'text', nullable: true }) credentialJwt: string | null;
  @Column({ name: 'credential_kid', type: 'text', nullable: true }) credentialKid: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One status change of a certificate (the issue included). Append-only. */
@Entity({ name: 'certificate_status_changes' })
export class CertificateStatusChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'certificate_id', type: 'uuid' }) certificateId: string;
  @Column({ name: 'from_status', type: 'text', default: '' }) fromStatus: CertificateStatusValue | '';
  @Column({ name: 'to_status', type: 'text' }) toStatus: CertificateStatusValue;
  @Column({ type: 'text', default: '' }) reason: string;
  @Column({ type: 'text' }) actor: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
