// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Long } from '@grpc/proto-loader';

export interface LabourMarketTrendPoint {
  'month'?: (string);
  'jobSeekers'?: (number | string | Long);
  'openPositions'?: (number | string | Long);
  'placements'?: (number | string | Long);
}

export interface LabourMarketTrendPoint__Output {
  'month': (string);
  'jobSeekers': (string);
  'openPositions': (string);
  'placements': (string);
}
