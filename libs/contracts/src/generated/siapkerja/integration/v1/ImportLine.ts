// Original file: proto/siapkerja/integration/v1/bulk_imports.proto

import type { Long } from '@grpc/proto-loader';

export interface ImportLine {
  'line'?: (number | string | Long);
  'data'?: (Buffer | Uint8Array | string);
  'size'?: (number | string | Long);
}

export interface ImportLine__Output {
  'line': (string);
  'data': (Buffer);
  'size': (string);
}
