import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const EMPLOYER_TYPES = ['GOVERNMENT', 'STATE_OWNED', 'COOPERATIVE', 'PRIVATE', 'OTHER_BUSINESS', 'INDIVIDUAL'] as const;
export type EmployerTypeValue = (typeof EMPLOYER_TYPES)[number];

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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
