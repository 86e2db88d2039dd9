// Original file: proto/siapkerja/jobs/v1/vacancy_search.proto

import type { VacancySearchHit as _siapkerja_jobs_v1_VacancySearchHit, VacancySearchHit__Output as _siapkerja_jobs_v1_VacancySearchHit__Output } from '../../../siapkerja/jobs/v1/VacancySearchHit';
import type { VacancySearchFacets as _siapkerja_jobs_v1_VacancySearchFacets, VacancySearchFacets__Output as _siapkerja_jobs_v1_VacancySearchFacets__Output } from '../../../siapkerja/jobs/v1/VacancySearchFacets';
import type { VacancySearchMatch as _siapkerja_jobs_v1_VacancySearchMatch, VacancySearchMatch__Output as _siapkerja_jobs_v1_VacancySearchMatch__Output } from '../../../siapkerja/jobs/v1/VacancySearchMatch';
import type { Long } from '@grpc/proto-loader';

export interface SearchVacanciesResponse {
  'hits'?: (_siapkerja_jobs_v1_VacancySearchHit)[];
  'nextPageToken'?: (string);
  'facets'?: (_siapkerja_jobs_v1_VacancySearchFacets | null);
  'totalSize'?: (number | string | Long);
  'match'?: (_siapkerja_jobs_v1_VacancySearchMatch);
  'totalSizeIsLowerBound'?: (boolean);
  '_totalSize'?: "totalSize";
}

export interface SearchVacanciesResponse__Output {
  'hits': (_siapkerja_jobs_v1_VacancySearchHit__Output)[];
  'nextPageToken': (string);
  'facets': (_siapkerja_jobs_v1_VacancySearchFacets__Output | null);
  'totalSize'?: (string);
  'match': (_siapkerja_jobs_v1_VacancySearchMatch__Output);
  'totalSizeIsLowerBound': (boolean);
  '_totalSize'?: "totalSize";
}
