import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { FacetBucket as _siapkerja_jobs_v1_FacetBucket, FacetBucket__Output as _siapkerja_jobs_v1_FacetBucket__Output } from './siapkerja/jobs/v1/FacetBucket';
import type { SearchVacanciesRequest as _siapkerja_jobs_v1_SearchVacanciesRequest, SearchVacanciesRequest__Output as _siapkerja_jobs_v1_SearchVacanciesRequest__Output } from './siapkerja/jobs/v1/SearchVacanciesRequest';
import type { SearchVacanciesResponse as _siapkerja_jobs_v1_SearchVacanciesResponse, SearchVacanciesResponse__Output as _siapkerja_jobs_v1_SearchVacanciesResponse__Output } from './siapkerja/jobs/v1/SearchVacanciesResponse';
import type { VacancySearchFacets as _siapkerja_jobs_v1_VacancySearchFacets, VacancySearchFacets__Output as _siapkerja_jobs_v1_VacancySearchFacets__Output } from './siapkerja/jobs/v1/VacancySearchFacets';
import type { VacancySearchHit as _siapkerja_jobs_v1_VacancySearchHit, VacancySearchHit__Output as _siapkerja_jobs_v1_VacancySearchHit__Output } from './siapkerja/jobs/v1/VacancySearchHit';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    jobs: {
      v1: {
        FacetBucket: MessageTypeDefinition<_siapkerja_jobs_v1_FacetBucket, _siapkerja_jobs_v1_FacetBucket__Output>
        SearchVacanciesRequest: MessageTypeDefinition<_siapkerja_jobs_v1_SearchVacanciesRequest, _siapkerja_jobs_v1_SearchVacanciesRequest__Output>
        SearchVacanciesResponse: MessageTypeDefinition<_siapkerja_jobs_v1_SearchVacanciesResponse, _siapkerja_jobs_v1_SearchVacanciesResponse__Output>
        VacancySearchFacets: MessageTypeDefinition<_siapkerja_jobs_v1_VacancySearchFacets, _siapkerja_jobs_v1_VacancySearchFacets__Output>
        VacancySearchHit: MessageTypeDefinition<_siapkerja_jobs_v1_VacancySearchHit, _siapkerja_jobs_v1_VacancySearchHit__Output>
        VacancySearchMatch: EnumTypeDefinition
        VacancySearchSort: EnumTypeDefinition
      }
    }
  }
}

