// Original file: proto/siapkerja/integration/v1/bulk_imports.proto

import type { Long } from '@grpc/proto-loader';

export interface Import {
  'id'?: (string);
  'state'?: (string);
  'async'?: (boolean);
  'idempotencyKey'?: (string);
  'received'?: (number | string | Long);
  'accepted'?: (number | string | Long);
  'rejected'?: (number | string | Long);
  'createTime'?: (string);
  'completeTime'?: (string);
  'replayed'?: (boolean);
  'mode'?: (string);
}

export interface Import__Output {
  'id': (string);
  'state': (string);
  'async': (boolean);
  'idempotencyKey': (string);
  'received': (string);
  'accepted': (string);
  'rejected': (string);
  'createTime': (string);
  'completeTime': (string);
  'replayed': (boolean);
  'mode': (string);
}
