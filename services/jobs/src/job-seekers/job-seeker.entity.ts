import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const JOB_SEEKER_STATES = ['REGISTERED', 'REPORTED', 'PLACED', 'REMOVED', 'EXPIRED'] as const;
export type JobSeekerStateValue = (typeof JOB_SEEKER_STATES)[number];
/** States in which a seeker is on the register (the card, once issued, is live). */
export const ACTIVE_STATES: readonly JobSeekerStateValue[] = ['REGISTERED', 'REPORTED'];

export const MARITAL_STATUSES = ['SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED'] as const;
export const RELIGIONS = ['ISLAM', 'PROTESTANT', 'CATHOLIC', 'HINDU', 'BUDDHIST', 'CONFUCIAN', 'INDIGENOUS_BELIEF'] as const;

export interface EducationEntry {
  level: string;
  institution: string;
  major: string;
  /** 0 while still studying */
  graduationYear: number;
}

export interface ExperienceEntry {
  position: string;
  employer: string;
  kbjiCode: string;
  /** YYYY-MM */
  fromMonth: string;
  /** YYYY-MM, '' while current */
  toMonth: string;
}

/**
 * A job seeker with the AK/1 profile. Personal data (NIK, name, birth date, phone, address) lives here and only here: it
 * leaves the service over gRPC to authorised callers, never in events (those carry person_id).
 */
@Entity({ name: 'job_seekers' })
export class JobSeekerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'person_id', type: 'text', unique: true }) personId: string;
  @Column({ type: 'varchar', length: 16, unique: true }) nik: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'birth_place', type: 'text' }) birthPlace: string;
  @Column({ name: 'birth_date', type: 'date' }) birthDate: string;
  /** 1 male, 2 female */
  @Column({ type: 'smallint' }) sex: number;
  @Column({ name: 'marital_status', type: 'text' }) maritalStatus: string;
  @Column({ type: 'text' }) religion: string;
  @Column({ name: 'address_line', type: 'text' }) addressLine: string;
  /** as given: village, district or regency code */
  @Column({ name: 'address_region_code', type: 'text' }) addressRegionCode: string;
  @Column({ name: 'postal_code', type: 'text', default: '' }) postalCode: string;
  /** regency (NN.NN) of the address: the Disnaker in charge */
  @Column({ name: 'region_code', type: 'text' }) regionCode: string;
  @Column({ type: 'text', default: '' }) phone: string;
  @Column({ type: 'text', default: '' }) email: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) education: EducationEntry[];
  @Column({ name: 'education_level', type: 'text' }) educationLevel: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) skills: string[];
  @Column({ name: 'skkni_units', type: 'text', array: true, default: () => "'{}'" }) skkniUnits: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) languages: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) experience: ExperienceEntry[];
  @Column({ name: 'wanted_kbji_codes', type: 'text', array: true }) wantedKbjiCodes: string[];
  /** rupiah per month; bigint arrives as a string */
  @Column({ name: 'expected_wage', type: 'bigint', nullable: true }) expectedWage: string | null;
  @Column({ type: 'text' }) state: JobSeekerStateValue;
  @Column({ name: 'card_number', type: 'text', nullable: true, unique: true }) cardNumber: string | null;
  @Column({ name: 'card_issuing_region_code', type: 'text', nullable: true }) cardIssuingRegionCode: string | null;
  @Column({ name: 'card_issue_date', type: 'date', nullable: true }) cardIssueDate: string | null;
  @Column({ name: 'card_valid_until', type: 'date', nullable: true }) cardValidUntil: string | null;
  @Column({ name: 'card_issued_at', type: 'timestamptz', nullable: true }) cardIssuedAt: Date | null;
  /** subject (officer account or client) that issued the card */
  @Column({ name: 'card_issued_by', type: 'text', nullable: true }) cardIssuedBy: string | null;
  @Column({ name: 'report_count', type: 'int', default: 0 }) reportCount: number;
  @Column({ name: 'last_reported_period', type: 'int', default: 0 }) lastReportedPeriod: number;
  @Column({ name: 'last_report_at', type: 'timestamptz', nullable: true }) lastReportAt: Date | null;
  @Column({ name: 'removal_reason', type: 'text', nullable: true }) removalReason: string | null;
  @Column({ name: 'placed_vacancy_id', type: 'uuid', nullable: true }) placedVacancyId: string | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  @Column({ name: 'request_id', type: 'text', nullable: true, unique: true }) requestId: string | null;
  /** the request's hash beside its request id (libs/persistence RequestKey): a reused key with another request is refused */
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  /** the person's personal fields were pseudonymised on request (UU 27/2022) */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  /** the person asked to restrict processing: left out of matching and listings */
  @Column({ name: 'processing_restricted_at', type: 'timestamptz', nullable: true }) processingRestrictedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Per issuing regency and year, the last AK/1 card number handed out. */
@Entity({ name: 'ak1_card_sequences' })
export class Ak1CardSequenceEntity {
  @PrimaryColumn({ name: 'issuing_region_code', type: 'text' }) issuingRegionCode: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ name: 'last_number', type: 'int' }) lastNumber: number;
}
