import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SCHEME_TYPES = ['KKNI', 'OKUPASI', 'KLASTER'] as const;
export type SchemeTypeValue = (typeof SCHEME_TYPES)[number];
export const SCHEME_PREREQUISITES = ['NONE', 'TRAINING', 'EXPERIENCE', 'TRAINING_OR_EXPERIENCE'] as const;
export type SchemePrerequisiteValue = (typeof SCHEME_PREREQUISITES)[number];

@Entity({ name: 'schemes' })
export class SchemeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** scheme code as registered with BNSP */
  @Column({ type: 'text', unique: true }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'scheme_type', type: 'text' }) schemeType: SchemeTypeValue;
  /** 1-9 for KKNI schemes, 0 otherwise */
  @Column({ name: 'kkni_level', type: 'int' }) kkniLevel: number;
  @Column({ name: 'competency_units', type: 'text', array: true }) competencyUnits: string[];
  /** optional; '' when not given */
  @Column({ name: 'kbji_code', type: 'text', default: '' }) kbjiCode: string;
  /** the owning LSP's name when the scheme was registered */
  @Column({ name: 'lsp_name', type: 'text' }) lspName: string;
  /** the LSP licensed for the scheme: it alone issues certificates on it */
  @Column({ name: 'lsp_id', type: 'uuid' }) lspId: string;
  @Column({ type: 'text', default: 'NONE' }) prerequisite: SchemePrerequisiteValue;
  @Column({ name: 'min_experience_months', type: 'int', default: 0 }) minExperienceMonths: number;
  /** certificate validity in years (BNSP default 3) */
  @Column({ name: 'validity_years', type: 'int', default: 3 }) validityYears: number;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
