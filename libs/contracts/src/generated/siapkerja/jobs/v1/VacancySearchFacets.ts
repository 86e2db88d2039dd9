// Original file: proto/siapkerja/jobs/v1/vacancy_search.proto

import type { FacetBucket as _siapkerja_jobs_v1_FacetBucket, FacetBucket__Output as _siapkerja_jobs_v1_FacetBucket__Output } from '../../../siapkerja/jobs/v1/FacetBucket';

export interface VacancySearchFacets {
  'provinces'?: (_siapkerja_jobs_v1_FacetBucket)[];
  'kbjiMajorGroups'?: (_siapkerja_jobs_v1_FacetBucket)[];
  'kbliCategories'?: (_siapkerja_jobs_v1_FacetBucket)[];
  'minEducations'?: (_siapkerja_jobs_v1_FacetBucket)[];
  'employmentTypes'?: (_siapkerja_jobs_v1_FacetBucket)[];
  'overseas'?: (_siapkerja_jobs_v1_FacetBucket)[];
}

export interface VacancySearchFacets__Output {
  'provinces': (_siapkerja_jobs_v1_FacetBucket__Output)[];
  'kbjiMajorGroups': (_siapkerja_jobs_v1_FacetBucket__Output)[];
  'kbliCategories': (_siapkerja_jobs_v1_FacetBucket__Output)[];
  'minEducations': (_siapkerja_jobs_v1_FacetBucket__Output)[];
  'employmentTypes': (_siapkerja_jobs_v1_FacetBucket__Output)[];
  'overseas': (_siapkerja_jobs_v1_FacetBucket__Output)[];
}
