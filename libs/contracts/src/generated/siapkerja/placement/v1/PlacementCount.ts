// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Long } from '@grpc/proto-loader';

export interface PlacementCount {
  'key'?: (string);
  'male'?: (number | string | Long);
  'female'?: (number | string | Long);
  'total'?: (number | string | Long);
}

export interface PlacementCount__Output {
  'key': (string);
  'male': (string);
  'female': (string);
  'total': (string);
}
