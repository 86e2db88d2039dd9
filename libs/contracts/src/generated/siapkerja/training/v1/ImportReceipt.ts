// Original file: proto/siapkerja/training/v1/imports.proto

import type { Long } from '@grpc/proto-loader';

export interface ImportReceipt {
  'line'?: (number | string | Long);
  'key'?: (string);
  'accepted'?: (boolean);
  'resourceId'?: (string);
  'problemJson'?: (string);
}

export interface ImportReceipt__Output {
  'line': (string);
  'key': (string);
  'accepted': (boolean);
  'resourceId': (string);
  'problemJson': (string);
}
