// Original file: proto/siapkerja/integration/v1/bulk_imports.proto

import type { Long } from '@grpc/proto-loader';

export interface ImportLineReceipt {
  'line'?: (number | string | Long);
  'key'?: (string);
  'kind'?: (string);
  'accepted'?: (boolean);
  'resourceId'?: (string);
  'problemJson'?: (string);
}

export interface ImportLineReceipt__Output {
  'line': (string);
  'key': (string);
  'kind': (string);
  'accepted': (boolean);
  'resourceId': (string);
  'problemJson': (string);
}
