import { Module } from '@nestjs/common';
import { ApplicationSubmitted, EmployerRegistered, JobSeekerRegistered, PlacementRecorded, VacancyRegistered } from '@siapkerja/contracts';
import { AccessLog } from '@siapkerja/privacy';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { ApplicationEntity, ApplicationTransitionEntity } from './applications/application.entity';
import { ApplicationsService } from './applications/applications.service';
import { EmployerEntity, EmployerMemberEntity } from './employers/employer.entity';
import { EmployersService } from './employers/employers.service';
import { JobSeekerExpiryJob } from './job-seekers/job-seeker-expiry.job';
import { JobSeekerReads } from './job-seekers/job-seeker-reads';
import { Ak1CardSequenceEntity, JobSeekerEntity } from './job-seekers/job-seeker.entity';
import { JobSeekersPrivacyConsumer } from './job-seekers/job-seekers.privacy';
import { JobSeekersService } from './job-seekers/job-seekers.service';
import { PersonDataService } from './job-seekers/person-data';
import { ImportsService } from './imports/imports.service';
import { jobsControllers } from './jobs.grpc';
import { CertificatesHeldConsumer } from './matching/certificates-held.consumer';
import { MatchingService } from './matching/matching.service';
import { TrainingClient } from './training.client';
import { JobsInitial1763800000100 } from './migrations/1763800000100-jobs-initial';
import { VacancyContentLifecycle1763800000110 } from './migrations/1763800000110-vacancy-content-lifecycle';
import { EmployerAccounts1763800000150 } from './migrations/1763800000150-employer-accounts';
import { JobSeekers1763800000200 } from './migrations/1763800000200-job-seekers';
import { VacancySearch1763800000300 } from './migrations/1763800000300-vacancy-search';
import { VacancyRankVector1763800000310 } from './migrations/1763800000310-vacancy-rank-vector';
import { VacancyTypoDictionary1763800000320 } from './migrations/1763800000320-vacancy-typo-dictionary';
import { Applications1763800000400 } from './migrations/1763800000400-applications';
import { MatchingIndexes1763800000410 } from './migrations/1763800000410-matching-indexes';
import { JobSeekerPrivacy1763800000500 } from './migrations/1763800000500-job-seeker-privacy';
import { VacancySearchProvinceIndexes1763800000700 } from './migrations/1763800000700-vacancy-search-province-indexes';
import { CertificatesHeld1763800000800 } from './migrations/1763800000800-certificates-held';
import { VacancyFacetCounts1763800000900 } from './migrations/1763800000900-vacancy-facet-counts';
import { VacancySearchWalkIndexes1763800000910 } from './migrations/1763800000910-vacancy-search-walk-indexes';
import { ScopedRequestIds1763800001000 } from './migrations/1763800001000-scoped-request-ids';
import { ImportReceipts1763800001100 } from './migrations/1763800001100-import-receipts';
import { VacancyFacetCountDeltas1763800001200 } from './migrations/1763800001200-vacancy-facet-count-deltas';
import { VacancySearchOccupationFilters1763800001300 } from './migrations/1763800001300-vacancy-search-occupation-filters';
import { RequestHashes1763800001400 } from './migrations/1763800001400-request-hashes';
import { VacancyFacetCountsKbji1763800001500 } from './migrations/1763800001500-vacancy-facet-counts-kbji';
import { VacancySearchWeeks1763800001600 } from './migrations/1763800001600-vacancy-search-weeks';
import { VacancySearchWageBands1763800001700 } from './migrations/1763800001700-vacancy-search-wage-bands';
import { VacancySearchOccupationGroups1763800001800 } from './migrations/1763800001800-vacancy-search-occupation-groups';
import { VacancyGinPendingLists1763800001900 } from './migrations/1763800001900-vacancy-gin-pending-lists';
import { VacancySearchGroupWage1763800002000 } from './migrations/1763800002000-vacancy-search-group-wage';
import { VacancySearchRegencies1763800002100 } from './migrations/1763800002100-vacancy-search-regencies';
import { VacancyRedundantIndexes1763800002200 } from './migrations/1763800002200-vacancy-redundant-indexes';
import { VacanciesService } from './vacancies/vacancies.service';
import { VacancySearchService } from './vacancies/vacancy-search.service';
import { VacancyExpiryJob } from './vacancies/vacancy-expiry.job';
import { FacetCountFoldJob } from './vacancies/facet-count-fold.job';
import { jobsConfigSpec } from './jobs.config';
import { VacancyEntity } from './vacancies/vacancy.entity';

@Module({
  controllers: jobsControllers,
  providers: [
    EmployersService,
    VacanciesService,
    VacancyExpiryJob,
    FacetCountFoldJob,
    VacancySearchService,
    JobSeekersService,
    JobSeekerExpiryJob,
    JobSeekersPrivacyConsumer,
    PersonDataService,
    AccessLog,
    JobSeekerReads,
    ApplicationsService,
    MatchingService,
    TrainingClient,
    CertificatesHeldConsumer,
    ImportsService,
  ],
})
export class JobsModule {}

export const jobsService: ServiceDefinition = {
  name: 'jobs',
  module: JobsModule,
  config: jobsConfigSpec,
  entities: [
    EmployerEntity,
    EmployerMemberEntity,
    VacancyEntity,
    JobSeekerEntity,
    Ak1CardSequenceEntity,
    ApplicationEntity,
    ApplicationTransitionEntity,
  ],
  migrations: [
    JobsInitial1763800000100,
    VacancyContentLifecycle1763800000110,
    EmployerAccounts1763800000150,
    JobSeekers1763800000200,
    VacancySearch1763800000300,
    VacancyRankVector1763800000310,
    VacancyTypoDictionary1763800000320,
    Applications1763800000400,
    MatchingIndexes1763800000410,
    JobSeekerPrivacy1763800000500,
    VacancySearchProvinceIndexes1763800000700,
    CertificatesHeld1763800000800,
    VacancyFacetCounts1763800000900,
    VacancySearchWalkIndexes1763800000910,
    ScopedRequestIds1763800001000,
    ImportReceipts1763800001100,
    VacancyFacetCountDeltas1763800001200,
    VacancySearchOccupationFilters1763800001300,
    RequestHashes1763800001400,
    VacancyFacetCountsKbji1763800001500,
    VacancySearchWeeks1763800001600,
    VacancySearchWageBands1763800001700,
    VacancySearchOccupationGroups1763800001800,
    VacancyGinPendingLists1763800001900,
    VacancySearchGroupWage1763800002000,
    VacancySearchRegencies1763800002100,
    VacancyRedundantIndexes1763800002200,
  ],
  controllers: jobsControllers,
  consumers: [JobSeekersPrivacyConsumer, CertificatesHeldConsumer],
  // every vacancy event (registered, published, closed, filled, expired) travels on VacancyRegistered.topic
  produces: [
    EmployerRegistered.topic,
    VacancyRegistered.topic,
    JobSeekerRegistered.topic,
    ApplicationSubmitted.topic,
    PlacementRecorded.topic,
  ],
};
