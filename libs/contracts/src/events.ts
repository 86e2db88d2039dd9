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

/*
 * Withdrawals (deletions) of public resources. The public change feed (gateway /v1/feed) turns each into a
 * tombstone and webhooks deliver them. They travel on the aggregate's topic, keyed by its id, so they stay
 * ordered after the registration of the same aggregate. Producers emit them when the withdraw use cases land.
 */
export interface VacancyWithdrawnData {
  vacancyId: string;
  regionCode: string;
  withdrawnAt: string;
  reason?: string;
}
export const VacancyWithdrawn = defineEvent<VacancyWithdrawnData>('siapkerja.jobs.vacancy.v1', 'siapkerja.jobs.vacancy.withdrawn');

export interface ProgramWithdrawnData {
  programId: string;
  regionCode: string;
  withdrawnAt: string;
}
export const ProgramWithdrawn = defineEvent<ProgramWithdrawnData>('siapkerja.training.program.v1', 'siapkerja.training.program.withdrawn');

export interface SchemeWithdrawnData {
  schemeId: string;
  withdrawnAt: string;
}
export const SchemeWithdrawn = defineEvent<SchemeWithdrawnData>('siapkerja.certification.scheme.v1', 'siapkerja.certification.scheme.withdrawn');

export interface TkmGroupDissolvedData {
  groupId: string;
  regionCode: string;
  dissolvedAt: string;
}
export const TkmGroupDissolved = defineEvent<TkmGroupDissolvedData>('siapkerja.entrepreneurship.group.v1', 'siapkerja.entrepreneurship.group.dissolved');

/*
 * Vacancy lifecycle (Perpres 57/2023 art. 5/6): DRAFT -> PUBLISHED -> CLOSED | FILLED | EXPIRED. Each transition is one
 * event on the vacancy topic, keyed by the vacancy id. A DRAFT emits nothing; publishing emits VacancyRegistered (what the
 * IPK reports count) followed by VacancyPublished in the same transaction.
 */
export interface VacancyTransitionData {
  vacancyId: string;
  employerId: string;
  regionCode: string;
  /** state before the transition */
  fromState: string;
  /** state after the transition */
  state: string;
  numberNeeded: number;
}

export interface VacancyPublishedData extends VacancyTransitionData {
  positionName: string;
  kbjiCode: string;
  kbliCode: string;
  validFrom: string;
  validUntil: string;
  sexRequirement: string;
  minEducation: string;
  employmentType: string;
  overseas: boolean;
  /** ISO 3166-1 alpha-2, overseas vacancies only */
  destinationCountry?: string;
  publishedAt: string;
}
export const VacancyPublished = defineEvent<VacancyPublishedData>('siapkerja.jobs.vacancy.v1', 'siapkerja.jobs.vacancy.published');

export interface VacancyClosedData extends VacancyTransitionData {
  reason?: string;
  closedAt: string;
}
export const VacancyClosed = defineEvent<VacancyClosedData>('siapkerja.jobs.vacancy.v1', 'siapkerja.jobs.vacancy.closed');

/** Perpres 57/2023 art. 6: the employer reports the vacancy filled with the number hired. */
export interface VacancyFilledData extends VacancyTransitionData {
  numberHired: number;
  filledAt: string;
}
export const VacancyFilled = defineEvent<VacancyFilledData>('siapkerja.jobs.vacancy.v1', 'siapkerja.jobs.vacancy.filled');

/** Emitted by the jobs service's expiry job once the validity period has ended (valid_until before today, WIB). */
export interface VacancyExpiredData extends VacancyTransitionData {
  validUntil: string;
  expiredAt: string;
}
export const VacancyExpired = defineEvent<VacancyExpiredData>('siapkerja.jobs.vacancy.v1', 'siapkerja.jobs.vacancy.expired');
