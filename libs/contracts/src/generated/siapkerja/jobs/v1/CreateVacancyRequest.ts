// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from '../../../siapkerja/jobs/v1/Vacancy';

export interface CreateVacancyRequest {
  'vacancy'?: (_siapkerja_jobs_v1_Vacancy | null);
  'requestId'?: (string);
  'draft'?: (boolean);
}

export interface CreateVacancyRequest__Output {
  'vacancy': (_siapkerja_jobs_v1_Vacancy__Output | null);
  'requestId': (string);
  'draft': (boolean);
}
