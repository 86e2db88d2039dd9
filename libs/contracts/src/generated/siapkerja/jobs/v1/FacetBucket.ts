// Original file: proto/siapkerja/jobs/v1/vacancy_search.proto

import type { Long } from '@grpc/proto-loader';

export interface FacetBucket {
  'value'?: (string);
  'label'?: (string);
  'count'?: (number | string | Long);
}

export interface FacetBucket__Output {
  'value': (string);
  'label': (string);
  'count': (string);
}
