// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Long } from '@grpc/proto-loader';

export interface IpkRow {
  'key'?: (string);
  'label'?: (string);
  'values'?: (number | string | Long)[];
}

export interface IpkRow__Output {
  'key': (string);
  'label': (string);
  'values': (string)[];
}
