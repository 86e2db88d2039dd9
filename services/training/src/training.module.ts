import { Module } from '@nestjs/common';
import { BatchScheduled, EnrolmentRegistered, ProgramPublished, TrainingCompleted } from '@siapkerja/contracts';
import { AccessLog } from '@siapkerja/privacy';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { BatchEntity, BatchSessionEntity } from './batches/batch.entity';
import { BatchesService } from './batches/batches.service';
import { CertificationClient } from './certification.client';
import {
  AttendanceEntity,
  EnrolmentEntity,
  EnrolmentTransitionEntity,
  JobSeekerFactsEntity,
  PersonPrivacyEntity,
} from './enrolments/enrolment.entity';
import { EnrolmentReads } from './enrolments/enrolment-reads';
import { EnrolmentsPrivacyConsumer } from './enrolments/enrolments.privacy';
import { EnrolmentsService } from './enrolments/enrolments.service';
import { JobSeekerFactsConsumer } from './enrolments/job-seeker-facts.consumer';
import { PersonDataService } from './enrolments/person-data';
import { ImportReceiptEntity } from './imports/import-receipt.entity';
import { ImportsService } from './imports/imports.service';
import { TrainingInitial1763800000200 } from './migrations/1763800000200-training-initial';
import { ProgramUnits1763800000210 } from './migrations/1763800000210-program-units';
import { ProgramOwner1763800000220 } from './migrations/1763800000220-program-owner';
import { BatchesEnrolments1763800000230 } from './migrations/1763800000230-batches-enrolments';
import { ScopedRequestIds1763800000300 } from './migrations/1763800000300-scoped-request-ids';
import { Skillhub1763800000400 } from './migrations/1763800000400-skillhub';
import { RequestHashes1763800000500 } from './migrations/1763800000500-request-hashes';
import { EnrolmentsRedundantIndex1763800000600 } from './migrations/1763800000600-enrolments-redundant-index';
import { OutcomesService } from './outcomes/outcomes.service';
import { ProgramEntity } from './programs/program.entity';
import { ProgramsService } from './programs/programs.service';
import { TrainingProviderEntity } from './providers/provider.entity';
import { ProvidersService } from './providers/providers.service';
import { trainingConfigSpec } from './training.config';
import { trainingControllers } from './training.grpc';

@Module({
  controllers: trainingControllers,
  providers: [
    CertificationClient,
    ProvidersService,
    ProgramsService,
    BatchesService,
    EnrolmentsService,
    OutcomesService,
    ImportsService,
    PersonDataService,
    AccessLog,
    EnrolmentReads,
    EnrolmentsPrivacyConsumer,
    JobSeekerFactsConsumer,
  ],
})
export class TrainingModule {}

export const trainingService: ServiceDefinition = {
  name: 'training',
  module: TrainingModule,
  config: trainingConfigSpec,
  entities: [
    TrainingProviderEntity,
    ProgramEntity,
    BatchEntity,
    BatchSessionEntity,
    EnrolmentEntity,
    EnrolmentTransitionEntity,
    AttendanceEntity,
    PersonPrivacyEntity,
    JobSeekerFactsEntity,
    ImportReceiptEntity,
  ],
  migrations: [
    TrainingInitial1763800000200,
    ProgramUnits1763800000210,
    ProgramOwner1763800000220,
    BatchesEnrolments1763800000230,
    ScopedRequestIds1763800000300,
    Skillhub1763800000400,
    RequestHashes1763800000500,
    EnrolmentsRedundantIndex1763800000600,
  ],
  controllers: trainingControllers,
  consumers: [EnrolmentsPrivacyConsumer, JobSeekerFactsConsumer],
  // every program event travels on ProgramPublished.topic, batch events on BatchScheduled.topic, enrolment events on
  // EnrolmentRegistered.topic, training outcomes on TrainingCompleted.topic
  produces: [ProgramPublished.topic, BatchScheduled.topic, EnrolmentRegistered.topic, TrainingCompleted.topic],
};
