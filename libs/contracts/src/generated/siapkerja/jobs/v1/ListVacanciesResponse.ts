// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { Vacancy as _siapkerja_jobs_v1_Vacancy, Vacancy__Output as _siapkerja_jobs_v1_Vacancy__Output } from '../../../siapkerja/jobs/v1/Vacancy';

export interface ListVacanciesResponse {
  'vacancies'?: (_siapkerja_jobs_v1_Vacancy)[];
  'nextPageToken'?: (string);
}

export interface ListVacanciesResponse__Output {
  'vacancies': (_siapkerja_jobs_v1_Vacancy__Output)[];
  'nextPageToken': (string);
}
