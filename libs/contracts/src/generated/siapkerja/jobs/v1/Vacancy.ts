// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { VacancyState as _siapkerja_jobs_v1_VacancyState, VacancyState__Output as _siapkerja_jobs_v1_VacancyState__Output } from '../../../siapkerja/jobs/v1/VacancyState';

export interface Vacancy {
  'id'?: (string);
  'employerId'?: (string);
  'positionName'?: (string);
  'kbjiCode'?: (string);
  'regionCode'?: (string);
  'numberNeeded'?: (number);
  'validFrom'?: (string);
  'validUntil'?: (string);
  'description'?: (string);
  'state'?: (_siapkerja_jobs_v1_VacancyState);
  'createTime'?: (string);
  'updateTime'?: (string);
}

export interface Vacancy__Output {
  'id': (string);
  'employerId': (string);
  'positionName': (string);
  'kbjiCode': (string);
  'regionCode': (string);
  'numberNeeded': (number);
  'validFrom': (string);
  'validUntil': (string);
  'description': (string);
  'state': (_siapkerja_jobs_v1_VacancyState__Output);
  'createTime': (string);
  'updateTime': (string);
}
