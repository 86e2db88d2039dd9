import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const VACANCY_STATES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'FILLED', 'EXPIRED'] as const;
export type VacancyStateValue = (typeof VACANCY_STATES)[number];

export const SEX_REQUIREMENTS = ['ANY', 'MALE', 'FEMALE'] as const;
export type SexRequirementValue = (typeof SEX_REQUIREMENTS)[number];

export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACT', 'INTERNSHIP', 'DAILY', 'SEASONAL', 'FREELANCE'] as const;
export type EmploymentTypeValue = (typeof EMPLOYMENT_TYPES)[number];

@Entity({ name: 'vacancies' })
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'employer_id', type: 'uuid' }) employerId: string;
  @Column({ name: 'position_name', type: 'text' }) positionName: string;
  @Column({ name: 'kbji_code', type: 'text' }) kbjiCode: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ name: 'number_needed', type: 'int' }) numberNeeded: number;
  @Column({ name: 'valid_from', type: 'date' }) validFrom: string;
  @Column({ name: 'valid_until', type: 'date' }) validUntil: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text' }) state: VacancyStateValue;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  /** the request's hash beside its request id (libs/persistence RequestKey): a reused key with another request is refused */
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  // Perpres 57/2023 art. 5 content (migration 1763800000110)
  @Column({ name: 'kbli_code', type: 'text', default: '' }) kbliCode: string;
  @Column({ name: 'age_min', type: 'int', nullable: true }) ageMin: number | null;
  @Column({ name: 'age_max', type: 'int', nullable: true }) ageMax: number | null;
  @Column({ name: 'sex_requirement', type: 'text', default: 'ANY' }) sexRequirement: SexRequirementValue;
  @Column({ name: 'min_education', type: 'text', default: 'NONE' }) minEducation: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) skills: string[];
  @Column({ name: 'skkni_units', type: 'text', array: true, default: () => "'{}'" }) skkniUnits: string[];
  @Column({ name: 'experience_months_min', type: 'int', default: 0 }) experienceMonthsMin: number;
  /** rupiah per month; bigint arrives as a string */
  @Column({ name: 'wage_min', type: 'bigint', nullable: true }) wageMin: string | null;
  @Column({ name: 'wage_max', type: 'bigint', nullable: true }) wageMax: string | null;
  @Column({ name: 'wage_hidden', type: 'boolean', default: true }) wageHidden: boolean;
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Column({ name: 'employment_type', type: 'text', default: 'FULL_TIME' }) employmentType: EmploymentTypeValue;
  @Column({ type: 'boolean', default: false }) overseas: boolean;
  @Column({ name: 'destination_country', type: 'text', nullable: true }) destinationCountry: string | null;
  @Column({ name: 'number_hired', type: 'int', default: 0 }) numberHired: number;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
}
