// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Long } from '@grpc/proto-loader';

export interface VacancyReportRow {
  'regionCode'?: (string);
  'registered'?: (number | string | Long);
  'positions'?: (number | string | Long);
}

export interface VacancyReportRow__Output {
  'regionCode': (string);
  'registered': (string);
  'positions': (string);
}
