import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { ApplicationsGrpc } from './applications/applications.grpc';
import { EmployersGrpc } from './employers/employers.grpc';
import { JobSeekersGrpc } from './job-seekers/job-seekers.grpc';
import { MatchingGrpc } from './matching/matching.grpc';
import { VacanciesGrpc } from './vacancies/vacancies.grpc';
import { VacancySearchGrpc } from './vacancies/vacancy-search.grpc';

/** siapkerja.jobs.v1.JobsService: one method table assembled from the aggregates. */
@Injectable()
export class JobsGrpcController implements GrpcController {
  constructor(
    private readonly employers: EmployersGrpc,
    private readonly vacancies: VacanciesGrpc,
    private readonly jobSeekers: JobSeekersGrpc,
    private readonly vacancySearch: VacancySearchGrpc,
    private readonly applications: ApplicationsGrpc,
    private readonly matching: MatchingGrpc,
  ) {}

  handlers() {
    return {
      ...this.employers.handlers(),
      ...this.vacancies.handlers(),
      ...this.jobSeekers.handlers(),
      ...this.vacancySearch.handlers(),
      ...this.applications.handlers(),
      ...this.matching.handlers(),
    };
  }
}
