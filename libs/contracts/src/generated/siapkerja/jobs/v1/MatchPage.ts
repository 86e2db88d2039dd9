// Original file: proto/siapkerja/jobs/v1/matching.proto

import type { VacancyMatch as _siapkerja_jobs_v1_VacancyMatch, VacancyMatch__Output as _siapkerja_jobs_v1_VacancyMatch__Output } from '../../../siapkerja/jobs/v1/VacancyMatch';
import type { JobSeekerMatch as _siapkerja_jobs_v1_JobSeekerMatch, JobSeekerMatch__Output as _siapkerja_jobs_v1_JobSeekerMatch__Output } from '../../../siapkerja/jobs/v1/JobSeekerMatch';

export interface MatchPage {
  'kind'?: (string);
  'id'?: (string);
  'candidates'?: (number);
  'vacancies'?: (_siapkerja_jobs_v1_VacancyMatch)[];
  'jobSeekers'?: (_siapkerja_jobs_v1_JobSeekerMatch)[];
  'trainingProgramsAvailable'?: (boolean);
}

export interface MatchPage__Output {
  'kind': (string);
  'id': (string);
  'candidates': (number);
  'vacancies': (_siapkerja_jobs_v1_VacancyMatch__Output)[];
  'jobSeekers': (_siapkerja_jobs_v1_JobSeekerMatch__Output)[];
  'trainingProgramsAvailable': (boolean);
}
