import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SCHEME_TYPES = ['KKNI', 'OKUPASI', 'KLASTER'] as const;
export type SchemeTypeValue = (typeof SCHEME_TYPES)[number];

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
  @Column({ name: 'lsp_name', type: 'text' }) lspName: string;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
