import { serviceControllers } from '@siapkerja/contracts';
import { ApplicationsGrpc } from './applications/applications.grpc';
import { ImportsGrpc } from './imports/imports.grpc';
import { EmployersGrpc } from './employers/employers.grpc';
import { JobSeekersGrpc } from './job-seekers/job-seekers.grpc';
import { MatchingGrpc } from './matching/matching.grpc';
import { VacanciesGrpc } from './vacancies/vacancies.grpc';
import { VacancySearchGrpc } from './vacancies/vacancy-search.grpc';

/**
 * siapkerja.jobs.v1.JobsService: the aggregates' controllers, which together implement every rpc of the generated
 * definition (checked by the type checker, and at start).
 */
export const jobsControllers = serviceControllers('jobs')(
  EmployersGrpc,
  VacanciesGrpc,
  JobSeekersGrpc,
  VacancySearchGrpc,
  ApplicationsGrpc,
  MatchingGrpc,
  ImportsGrpc,
);
