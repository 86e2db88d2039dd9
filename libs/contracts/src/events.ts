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

/** The employer's public profile or verification status changed (contact details are personal data: never in the event). */
export interface EmployerUpdatedData extends EmployerRegisteredData {
  legalName: string;
  verificationStatus: string;
  /** the fields that changed */
  changed: string[];
}
export const EmployerUpdated = defineEvent<EmployerUpdatedData>('siapkerja.jobs.employer.v1', 'siapkerja.jobs.employer.updated');

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
export const SchemeRegistered = defineEvent<SchemeRegisteredData>(
  'siapkerja.certification.scheme.v1',
  'siapkerja.certification.scheme.registered',
);

export interface TkmGroupRegisteredData {
  groupId: string;
  programKind: string;
  regionCode: string;
  memberCount: number;
  registeredAt: string;
}
export const TkmGroupRegistered = defineEvent<TkmGroupRegisteredData>(
  'siapkerja.entrepreneurship.group.v1',
  'siapkerja.entrepreneurship.group.registered',
);

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

/*
 * Skillhub batches: SCHEDULED -> OPEN (registration open) -> RUNNING -> COMPLETED, CANCELLED from SCHEDULED or OPEN. The
 * scheduling and every transition is one event on the batch topic, keyed by the batch id. Batches are public (the
 * catalogue, the change feed, webhooks): the events carry no personal data.
 */
export interface BatchEventData {
  batchId: string;
  programId: string;
  programTitle: string;
  /** KBJI 2014 occupation the program trains for */
  kbjiCode: string;
  /** regency of the batch (the program's), NN.NN */
  regionCode: string;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
  registrationOpens: string;
  registrationCloses: string;
  capacity: number;
  /** OFFLINE or ONLINE */
  mode: string;
  /** state before the change ('' when scheduled) */
  fromState: string;
  /** SCHEDULED, OPEN, RUNNING, COMPLETED or CANCELLED */
  state: string;
  acceptedCount: number;
  occurredAt: string;
}
export const BatchScheduled = defineEvent<BatchEventData>('siapkerja.training.batch.v1', 'siapkerja.training.batch.scheduled');
export const BatchOpened = defineEvent<BatchEventData>('siapkerja.training.batch.v1', 'siapkerja.training.batch.opened');
export const BatchStarted = defineEvent<BatchEventData>('siapkerja.training.batch.v1', 'siapkerja.training.batch.started');
export const BatchCompleted = defineEvent<BatchEventData>('siapkerja.training.batch.v1', 'siapkerja.training.batch.completed');
/** Cancelled: the batch stays readable with state CANCELLED (not a deletion); the free-text reason stays in the service. */
export const BatchCancelled = defineEvent<BatchEventData>('siapkerja.training.batch.v1', 'siapkerja.training.batch.cancelled');

/*
 * Skillhub enrolments: REGISTERED -> ACCEPTED | REJECTED (provider side), REGISTERED | ACCEPTED -> WITHDRAWN (the person or
 * who registered him). Every change is one event on the enrolment topic, keyed by the enrolment id. People appear as the
 * person id (libs/identity keyed hash of the NIK), never with the NIK, name or birth date (only the IPK age band on the
 * day of the event). Not public: no feed, no webhooks.
 */
export interface EnrolmentEventData {
  enrolmentId: string;
  batchId: string;
  programId: string;
  /** libs/identity keyed hash of the NIK */
  personId: string;
  /** regency of the batch, NN.NN */
  regionCode: string;
  /** 1 male, 2 female */
  sex: number;
  /** IPK age band on the day of the event: 15-19, 20-29, 30-44, 45-54, 55+ ('' under 15) */
  ageBand: string;
  /** SELF, PARTNER, PROVIDER, OFFICER, MINISTRY or SYSTEM */
  registrant: string;
  /** '' for the enrolment itself */
  fromState: string;
  /** REGISTERED, ACCEPTED, REJECTED or WITHDRAWN */
  state: string;
  /** PROVIDER, PERSON, REGISTRANT or SYSTEM */
  actorSide: string;
  occurredAt: string;
}
export const EnrolmentRegistered = defineEvent<EnrolmentEventData>(
  'siapkerja.training.enrolment.v1',
  'siapkerja.training.enrolment.registered',
);
export const EnrolmentTransitioned = defineEvent<EnrolmentEventData>(
  'siapkerja.training.enrolment.v1',
  'siapkerja.training.enrolment.transitioned',
);

export interface SchemeWithdrawnData {
  schemeId: string;
  withdrawnAt: string;
}
export const SchemeWithdrawn = defineEvent<SchemeWithdrawnData>(
  'siapkerja.certification.scheme.v1',
  'siapkerja.certification.scheme.withdrawn',
);

export interface TkmGroupDissolvedData {
  groupId: string;
  regionCode: string;
  dissolvedAt: string;
}
export const TkmGroupDissolved = defineEvent<TkmGroupDissolvedData>(
  'siapkerja.entrepreneurship.group.v1',
  'siapkerja.entrepreneurship.group.dissolved',
);

/*
 * Vacancy lifecycle (Perpres 57/2023 art. 5/6): DRAFT -> PUBLISHED -> CLOSED | FILLED | EXPIRED. Each transition is one
 * event on the vacancy topic, keyed by the vacancy id. A DRAFT emits nothing; publishing emits VacancyRegistered (what the
 * IPK reports count) followed by VacancyPublished in the same transaction.
 */
/**
 * What the catalogue search filters on, so a consumer keeping search answers (the gateway) drops only those a vacancy can
 * change. Public content of the vacancy; never the wage (a hidden wage must not leave the jobs service). Optional: events
 * published before these fields existed lack them (consumers then assume any search may have changed).
 */
export interface VacancySearchFacts {
  kbjiCode?: string;
  kbliCode?: string;
  minEducation?: string;
  employmentType?: string;
  overseas?: boolean;
  /** when it was published (absent for a vacancy never published) */
  publishedAt?: string;
}

export interface VacancyTransitionData extends VacancySearchFacts {
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

/*
 * Personal data protection (UU 27/2022): data-subject requests the gateway received. They carry only the person id
 * (libs/identity keyed hash of the NIK), never the NIK, name, e-mail or phone. Topic keyed by the person id; every
 * service holding data about the person acts on them (erase or pseudonymise / stop processing beyond storage).
 */
export interface PersonErasureRequestedData {
  personId: string;
  /** the data-subject request (gateway) this comes from */
  requestId: string;
  requestedAt: string;
}
export const PersonErasureRequested = defineEvent<PersonErasureRequestedData>(
  'siapkerja.gateway.privacy.v1',
  'siapkerja.gateway.privacy.erasure-requested',
);

export interface PersonProcessingRestrictedData {
  personId: string;
  requestId: string;
  restrictedAt: string;
}
export const PersonProcessingRestricted = defineEvent<PersonProcessingRestrictedData>(
  'siapkerja.gateway.privacy.v1',
  'siapkerja.gateway.privacy.processing-restricted',
);

/*
 * Karirhub job seekers and the AK/1 card: REGISTERED -> (card issued) -> REPORTED -> PLACED | REMOVED | EXPIRED. Every state
 * change is one event on the job-seeker topic, keyed by the job seeker id. Each carries what IPK forms III/1 (age band, sex),
 * III/2 (education, sex) and III/3 (wanted KBJI occupations) count, and the person id (libs/identity) instead of the NIK;
 * never the NIK, name, phone, address or birth date (only the IPK age band at the time of the event).
 */
export interface JobSeekerFactsData {
  jobSeekerId: string;
  /** libs/identity keyed hash of the NIK */
  personId: string;
  /** Kemendagri regency code of the address (NN.NN): the Disnaker in charge */
  regionCode: string;
  /** 1 male, 2 female */
  sex: number;
  /** IPK age band on the day of the event: 15-19, 20-29, 30-44, 45-54, 55+ */
  ageBand: string;
  /** highest education level: NONE, SD, SMP, SMA, SMK, D1, D2, D3, D4, S1, S2, S3 */
  educationLevel: string;
  /** wanted KBJI 2014 occupation codes (IPK III/3 groups them by major group) */
  wantedKbjiCodes: string[];
  /** state before the change ('' for a registration) */
  fromState: string;
  /** REGISTERED, REPORTED, PLACED, REMOVED or EXPIRED */
  state: string;
  /** whether the AK/1 card had been issued (after the change) */
  cardIssued: boolean;
}

export interface JobSeekerRegisteredData extends JobSeekerFactsData {
  registeredAt: string;
}
export const JobSeekerRegistered = defineEvent<JobSeekerRegisteredData>(
  'siapkerja.jobs.job-seeker.v1',
  'siapkerja.jobs.job-seeker.registered',
);

/** The regency Disnaker issued the AK/1 card (valid two years); the state stays REGISTERED. */
export interface JobSeekerCardIssuedData extends JobSeekerFactsData {
  /** regency code of the issuing Disnaker (NN.NN) */
  issuingRegionCode: string;
  issueDate: string;
  validUntil: string;
  issuedAt: string;
}
export const JobSeekerCardIssued = defineEvent<JobSeekerCardIssuedData>(
  'siapkerja.jobs.job-seeker.v1',
  'siapkerja.jobs.job-seeker.card-issued',
);

/** A six-monthly report (period 1..3 after the issue date). */
export interface JobSeekerReportedData extends JobSeekerFactsData {
  period: number;
  reportedAt: string;
}
export const JobSeekerReported = defineEvent<JobSeekerReportedData>('siapkerja.jobs.job-seeker.v1', 'siapkerja.jobs.job-seeker.reported');

export interface JobSeekerPlacedData extends JobSeekerFactsData {
  /** the vacancy the seeker was placed through, when known */
  vacancyId?: string;
  placedAt: string;
}
export const JobSeekerPlaced = defineEvent<JobSeekerPlacedData>('siapkerja.jobs.job-seeker.v1', 'siapkerja.jobs.job-seeker.placed');

/** Removed by an officer; the free-text reason stays in the jobs service (it may name people). */
export interface JobSeekerRemovedData extends JobSeekerFactsData {
  removedAt: string;
}
export const JobSeekerRemoved = defineEvent<JobSeekerRemovedData>('siapkerja.jobs.job-seeker.v1', 'siapkerja.jobs.job-seeker.removed');

/** The AK/1 card reached the end of its two-year validity (periodic job of the jobs service). */
export interface JobSeekerExpiredData extends JobSeekerFactsData {
  validUntil: string;
  expiredAt: string;
}
export const JobSeekerExpired = defineEvent<JobSeekerExpiredData>('siapkerja.jobs.job-seeker.v1', 'siapkerja.jobs.job-seeker.expired');

/*
 * Karirhub applications: APPLIED -> SHORTLISTED -> INTERVIEW -> OFFERED -> HIRED, REJECTED (employer) and WITHDRAWN (seeker)
 * from any state that is not final. Every change is one event on the application topic, keyed by the application id.
 * People appear as jobSeekerId and personId (libs/identity), never with the NIK, name, contact data or birth date.
 */
export interface ApplicationEventData {
  applicationId: string;
  vacancyId: string;
  employerId: string;
  jobSeekerId: string;
  /** libs/identity keyed hash of the NIK */
  personId: string;
  /** regency of the vacancy's work place (NN.NN) */
  vacancyRegionCode: string;
  /** regency of the seeker (NN.NN) */
  jobSeekerRegionCode: string;
  /** '' for the application itself */
  fromState: string;
  /** APPLIED, SHORTLISTED, INTERVIEW, OFFERED, HIRED, REJECTED or WITHDRAWN */
  state: string;
  /** EMPLOYER, SEEKER or SYSTEM */
  actorSide: string;
  /** vacancy rules the seeker does not meet (SEX, AGE, EDUCATION, EXPERIENCE, OVERSEAS); on the application only */
  screeningRules?: string[];
  occurredAt: string;
}
export const ApplicationSubmitted = defineEvent<ApplicationEventData>(
  'siapkerja.jobs.application.v1',
  'siapkerja.jobs.application.submitted',
);
export const ApplicationTransitioned = defineEvent<ApplicationEventData>(
  'siapkerja.jobs.application.v1',
  'siapkerja.jobs.application.transitioned',
);

/**
 * A placement (hire) recorded through Karirhub: emitted in the same transaction as the application becoming HIRED, on its
 * own topic keyed by the application id. Carries what IPK forms III/7 and III/8 count. Channel rule (documented in
 * services/jobs/src/applications/placement-channel.ts): AKAN when the vacancy is overseas; otherwise AKL when the work
 * regency is in the seeker's province, AKAD when it is in another province.
 */
export interface PlacementRecordedData {
  /** the HIRED application: one placement per application */
  applicationId: string;
  vacancyId: string;
  jobSeekerId: string;
  /** libs/identity keyed hash of the NIK */
  personId: string;
  employerId: string;
  /** GOVERNMENT, STATE_OWNED, COOPERATIVE, PRIVATE, OTHER_BUSINESS, INDIVIDUAL */
  employerType: string;
  /** KBJI 2014 occupation of the vacancy */
  kbjiCode: string;
  /** KBLI 2020 code of the position ('' when unknown) */
  kbliCode: string;
  /** KBLI main group (2 digits, IPK III/7); '' when unknown */
  kbliMainGroup: string;
  /** regency of the work place (NN.NN) */
  workRegionCode: string;
  overseas: boolean;
  /** ISO 3166-1 alpha-2, overseas only */
  destinationCountry?: string;
  /** regency of the seeker (NN.NN): the Disnaker whose register the seeker leaves; the placement is counted there */
  jobSeekerRegionCode: string;
  /** 1 male, 2 female */
  sex: number;
  educationLevel: string;
  /** IPK age band on the day of the hire */
  ageBand: string;
  /** AKL, AKAD or AKAN */
  channel: string;
  placedAt: string;
}
export const PlacementRecorded = defineEvent<PlacementRecordedData>('siapkerja.jobs.placement.v1', 'siapkerja.jobs.placement.recorded');

/*
 * Sertihub competency certificates: VALID -> SUSPENDED -> VALID (reinstated); VALID | SUSPENDED -> REVOKED; VALID -> EXPIRED
 * (periodic job, the day after validUntil). The issue and every status change is one event on the certificate topic, keyed by
 * the certificate id. They carry the person id (libs/identity keyed hash of the NIK), never the NIK or the holder's name, and
 * never the free-text reason of a change (it may name people). The public change feed keeps only the status data (no person
 * id); since the events carry the person id they are not offered to webhooks.
 */
export interface CertificateEventData {
  certificateId: string;
  /** certificate number as printed */
  number: string;
  schemeId: string;
  schemeCode: string;
  /** libs/identity keyed hash of the holder's NIK */
  personId: string;
  /** SKKNI units the holder was found competent in */
  competencyUnits: string[];
  /** KBJI 2014 occupation of the scheme; absent when the scheme has none */
  kbjiCode?: string;
  /** YYYY-MM-DD */
  issueDate: string;
  /** last day of validity, YYYY-MM-DD */
  validUntil: string;
  /** the issuing LSP (absent on events published before LSPs existed) */
  lspId?: string;
  /** regency of the assessment (the TUK's), NN.NN; absent on events published before TUKs existed */
  regionCode?: string;
  /** status before the change ('' for the issue) */
  fromStatus: string;
  /** VALID, SUSPENDED, REVOKED or EXPIRED */
  status: string;
  occurredAt: string;
}
export const CertificateIssued = defineEvent<CertificateEventData>(
  'siapkerja.certification.certificate.v1',
  'siapkerja.certification.certificate.issued',
);
export const CertificateSuspended = defineEvent<CertificateEventData>(
  'siapkerja.certification.certificate.v1',
  'siapkerja.certification.certificate.suspended',
);
export const CertificateReinstated = defineEvent<CertificateEventData>(
  'siapkerja.certification.certificate.v1',
  'siapkerja.certification.certificate.reinstated',
);
export const CertificateRevoked = defineEvent<CertificateEventData>(
  'siapkerja.certification.certificate.v1',
  'siapkerja.certification.certificate.revoked',
);
export const CertificateExpired = defineEvent<CertificateEventData>(
  'siapkerja.certification.certificate.v1',
  'siapkerja.certification.certificate.expired',
);
/** Every certificate event, for consumers that keep a copy of certificates' status. */
export const CERTIFICATE_EVENTS = [
  CertificateIssued,
  CertificateSuspended,
  CertificateReinstated,
  CertificateRevoked,
  CertificateExpired,
] as const;

/*
 * Identity: a client revoked or given new secrets, a person's session ended (logout, refresh-token reuse, password reset,
 * erasure). Every gateway replica consumes them (a group of its own) to refuse the client's or session's tokens at once.
 */
export interface ClientChangedData {
  clientId: string;
  /** REVOKED or ROTATED */
  change: string;
  changedAt: string;
}
export const ClientRevoked = defineEvent<ClientChangedData>('siapkerja.identity.client.v1', 'siapkerja.identity.client.revoked');
export const ClientSecretRotated = defineEvent<ClientChangedData>('siapkerja.identity.client.v1', 'siapkerja.identity.client.rotated');

export interface SessionEndedData {
  sessionId: string;
  accountId: string;
  reason: string;
  endedAt: string;
}
export const SessionEnded = defineEvent<SessionEndedData>('siapkerja.identity.session.v1', 'siapkerja.identity.session.ended');
