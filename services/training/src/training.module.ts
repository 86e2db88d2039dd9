import { Module } from '@nestjs/common';
import { BatchScheduled, EnrolmentRegistered, ProgramPublished } from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { BatchEntity } from './batches/batch.entity';
import { BatchesService } from './batches/batches.service';
import { EnrolmentEntity, EnrolmentTransitionEntity, PersonPrivacyEntity } from './enrolments/enrolment.entity';
import { EnrolmentsPrivacyConsumer } from './enrolments/enrolments.privacy';
import { EnrolmentsService } from './enrolments/enrolments.service';
import { PersonDataService } from './enrolments/person-data';
import { TrainingInitial1763800000200 } from './migrations/1763800000200-training-initial';
import { ProgramUnits1763800000210 } from './migrations/1763800000210-program-units';
import { ProgramOwner1763800000220 } from './migrations/1763800000220-program-owner';
import { BatchesEnrolments1763800000230 } from './migrations/1763800000230-batches-enrolments';
import { ScopedRequestIds1763800000300 } from './migrations/1763800000300-scoped-request-ids';
import { ProgramEntity } from './programs/program.entity';
import { ProgramsService } from './programs/programs.service';
import { trainingControllers } from './training.grpc';

@Module({
  controllers: trainingControllers,
  providers: [ProgramsService, BatchesService, EnrolmentsService, PersonDataService, EnrolmentsPrivacyConsumer],
})
export class TrainingModule {}

export const trainingService: ServiceDefinition = {
  name: 'training',
  module: TrainingModule,
  entities: [ProgramEntity, BatchEntity, EnrolmentEntity, EnrolmentTransitionEntity, PersonPrivacyEntity],
  migrations: [
    TrainingInitial1763800000200,
    ProgramUnits1763800000210,
    ProgramOwner1763800000220,
    BatchesEnrolments1763800000230,
    ScopedRequestIds1763800000300,
  ],
  controllers: trainingControllers,
  consumers: [EnrolmentsPrivacyConsumer],
  // every batch event travels on BatchScheduled.topic, every enrolment event on EnrolmentRegistered.topic
  produces: [ProgramPublished.topic, BatchScheduled.topic, EnrolmentRegistered.topic],
};
