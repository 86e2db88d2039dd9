// Original file: proto/siapkerja/training/v1/imports.proto

import type { Long } from '@grpc/proto-loader';

export interface ImportRecord {
  'line'?: (number | string | Long);
  'key'?: (string);
  'kind'?: (string);
  'json'?: (string);
}

export interface ImportRecord__Output {
  'line': (string);
  'key': (string);
  'kind': (string);
  'json': (string);
}
