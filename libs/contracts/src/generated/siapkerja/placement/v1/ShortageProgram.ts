// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Long } from '@grpc/proto-loader';

export interface ShortageProgram {
  'programId'?: (string);
  'title'?: (string);
  'kbjiCode'?: (string);
  'regionCode'?: (string);
  'capacity'?: (number | string | Long);
}

export interface ShortageProgram__Output {
  'programId': (string);
  'title': (string);
  'kbjiCode': (string);
  'regionCode': (string);
  'capacity': (string);
}
