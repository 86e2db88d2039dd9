// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { VacancyState as _siapkerja_jobs_v1_VacancyState, VacancyState__Output as _siapkerja_jobs_v1_VacancyState__Output } from '../../../siapkerja/jobs/v1/VacancyState';

export interface ListVacanciesRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'employerId'?: (string);
  'regionCode'?: (string);
  'state'?: (_siapkerja_jobs_v1_VacancyState);
}

export interface ListVacanciesRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'employerId': (string);
  'regionCode': (string);
  'state': (_siapkerja_jobs_v1_VacancyState__Output);
}
