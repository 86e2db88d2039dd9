// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Long } from '@grpc/proto-loader';

export interface ActivityCount {
  'eventType'?: (string);
  'count'?: (number | string | Long);
}

export interface ActivityCount__Output {
  'eventType': (string);
  'count': (string);
}
