import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const VACANCY_STATES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'FILLED', 'EXPIRED'] as const;
export type VacancyStateValue = (typeof VACANCY_STATES)[number];

@Entity({ name: 'vacancies' })
@Index('vacancies_region_state', ['regionCode', 'state'])
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'employer_id', type: 'uuid' }) employerId: string;
  @Column({ name: 'position_name', type: 'text' }) positionName: string;
  @Column({ name: 'kbji_code', type: 'text' }) kbjiCode: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'number_needed', type: 'int' }) numberNeeded: number;
  @Column({ name: 'valid_from', type: 'date' }) validFrom: string;
  @Column({ name: 'valid_until', type: 'date' }) validUntil: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text' }) state: VacancyStateValue;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
