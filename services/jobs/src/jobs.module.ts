import { Module } from '@nestjs/common';
import { EmployerRegistered, VacancyRegistered } from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { EmployerEntity } from './employers/employer.entity';
import { EmployersGrpc } from './employers/employers.grpc';
import { EmployersService } from './employers/employers.service';
import { JobsGrpcController } from './jobs.grpc';
import { JobsInitial1763800000100 } from './migrations/1763800000100-jobs-initial';
import { VacancyContentLifecycle1763800000110 } from './migrations/1763800000110-vacancy-content-lifecycle';
import { VacanciesGrpc } from './vacancies/vacancies.grpc';
import { VacanciesService } from './vacancies/vacancies.service';
import { VacancyExpiryJob } from './vacancies/vacancy-expiry.job';
import { VacancyEntity } from './vacancies/vacancy.entity';

@Module({ providers: [EmployersService, EmployersGrpc, VacanciesService, VacanciesGrpc, VacancyExpiryJob, JobsGrpcController] })
export class JobsModule {}

export const jobsService: ServiceDefinition = {
  name: 'jobs',
  module: JobsModule,
  entities: [EmployerEntity, VacancyEntity],
  migrations: [JobsInitial1763800000100, VacancyContentLifecycle1763800000110],
  controller: JobsGrpcController,
  // every vacancy event (registered, published, closed, filled, expired) travels on VacancyRegistered.topic
  produces: [EmployerRegistered.topic, VacancyRegistered.topic],
};
