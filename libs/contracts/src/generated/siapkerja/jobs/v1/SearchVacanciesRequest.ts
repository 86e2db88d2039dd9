// Original file: proto/siapkerja/jobs/v1/vacancy_search.proto

import type { VacancySearchSort as _siapkerja_jobs_v1_VacancySearchSort, VacancySearchSort__Output as _siapkerja_jobs_v1_VacancySearchSort__Output } from '../../../siapkerja/jobs/v1/VacancySearchSort';
import type { Long } from '@grpc/proto-loader';

export interface SearchVacanciesRequest {
  'query'?: (string);
  'regionCode'?: (string);
  'kbjiCode'?: (string);
  'kbli'?: (string);
  'minEducation'?: (string);
  'wageMin'?: (number | string | Long);
  'wageMax'?: (number | string | Long);
  'employmentType'?: (string);
  'overseas'?: (boolean);
  'postedSince'?: (string);
  'sort'?: (_siapkerja_jobs_v1_VacancySearchSort);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'skipFacets'?: (boolean);
  '_overseas'?: "overseas";
}

export interface SearchVacanciesRequest__Output {
  'query': (string);
  'regionCode': (string);
  'kbjiCode': (string);
  'kbli': (string);
  'minEducation': (string);
  'wageMin': (string);
  'wageMax': (string);
  'employmentType': (string);
  'overseas'?: (boolean);
  'postedSince': (string);
  'sort': (_siapkerja_jobs_v1_VacancySearchSort__Output);
  'pageSize': (number);
  'pageToken': (string);
  'skipFacets': (boolean);
  '_overseas'?: "overseas";
}
