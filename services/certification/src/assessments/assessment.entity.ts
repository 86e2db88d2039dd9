import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ASSESSMENT_STATUSES = ['NOT_ELIGIBLE', 'ELIGIBLE', 'SCHEDULED', 'ASSESSED', 'COMPETENT', 'NOT_YET_COMPETENT'] as const;
export type AssessmentStatusValue = (typeof ASSESSMENT_STATUSES)[number];

/** APL.02: the applicant's own assessment of one unit. */
export interface SelfAssessedUnit {
  unitCode: string;
  competent: boolean;
  evidenceRef: string;
}
/** The assessor's recommendation for one unit: K (kompeten) or BK (belum kompeten). */
export interface UnitResultValue {
  unitCode: string;
  verdict: 'K' | 'BK';
  notes: string;
}

/** A competency assessment of one person on one scheme, from the application (APL.01) to the LSP's decision. */
@Entity({ name: 'assessments' })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'scheme_id', type: 'uuid' }) schemeId: string;
  @Column({ name: 'lsp_id', type: 'uuid' }) lspId: string;
  @Column({ name: 'person_id', type: 'text' }) personId: string;
  /** kept for the certificate (which prints it); never in events */
  @Column({ name: 'applicant_nik', type: 'text' }) applicantNik: string;
  @Column({ name: 'applicant_name', type: 'text' }) applicantName: string;
  @Column({ name: 'evidence_refs', type: 'text', array: true, default: '{}' }) evidenceRefs: string[];
  @Column({ name: 'experience_months', type: 'int', default: 0 }) experienceMonths: number;
  @Column({ name: 'self_assessment', type: 'jsonb', default: '[]' }) selfAssessment: SelfAssessedUnit[];
  @Column({ type: 'text' }) status: AssessmentStatusValue;
  @Column({ name: 'eligibility_reason', type: 'text', default: '' }) eligibilityReason: string;
  @Column({ name: 'tuk_id', type: 'uuid', nullable: true }) tukId: string | null;
  @Column({ name: 'assessor_id', type: 'uuid', nullable: true }) assessorId: string | null;
  @Column({ name: 'assessment_date', type: 'date', nullable: true }) assessmentDate: string | null;
  @Column({ name: 'region_code', type: 'text', default: '' }) regionCode: string;
  @Column({ type: 'jsonb', default: '[]' }) results: UnitResultValue[];
  @Column({ name: 'units_to_retake', type: 'text', array: true, default: '{}' }) unitsToRetake: string[];
  @Column({ name: 'decision_notes', type: 'text', default: '' }) decisionNotes: string;
  @Column({ name: 'certificate_id', type: 'uuid', nullable: true }) certificateId: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
