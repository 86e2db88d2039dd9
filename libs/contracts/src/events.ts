import { defineEvent } from '@siapkerja/events';

/**
 * Event contracts: producers and consumers compile against these definitions.
 * Payloads never carry personal data (NIK, name, phone, address): people appear as personId.
 */
export interface EmployerRegisteredData {
  employerId: string;
  nib: string;
  employerType: string;
  kbliCodes: string[];
  regionCode: string;
}
export const EmployerRegistered = defineEvent<EmployerRegisteredData>('siapkerja.jobs.employer.v1', 'siapkerja.jobs.employer.registered');

export interface VacancyRegisteredData {
  vacancyId: string;
  employerId: string;
  positionName: string;
  kbjiCode: string;
  regionCode: string;
  numberNeeded: number;
  validFrom: string;
  validUntil: string;
  state: string;
  /** when the vacancy was registered (the IPK month is taken from it) */
  registeredAt: string;
}
export const VacancyRegistered = defineEvent<VacancyRegisteredData>('siapkerja.jobs.vacancy.v1', 'siapkerja.jobs.vacancy.registered');

export interface ProgramPublishedData {
  programId: string;
  title: string;
  regionCode: string;
  kbjiCode: string;
  competencyUnits: string[];
  capacity: number;
  publishedAt: string;
}
export const ProgramPublished = defineEvent<ProgramPublishedData>('siapkerja.training.program.v1', 'siapkerja.training.program.published');

export interface SchemeRegisteredData {
  schemeId: string;
  code: string;
  schemeType: string;
  kkniLevel: number;
  competencyUnits: string[];
  registeredAt: string;
}
export const SchemeRegistered = defineEvent<SchemeRegisteredData>('siapkerja.certification.scheme.v1', 'siapkerja.certification.scheme.registered');

export interface TkmGroupRegisteredData {
  groupId: string;
  programKind: string;
  regionCode: string;
  memberCount: number;
  registeredAt: string;
}
export const TkmGroupRegistered = defineEvent<TkmGroupRegisteredData>('siapkerja.entrepreneurship.group.v1', 'siapkerja.entrepreneurship.group.registered');
