// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto

import type { Long } from '@grpc/proto-loader';

export interface Tranche {
  'id'?: (string);
  'amount'?: (number | string | Long);
  'disbursedOn'?: (string);
  'reference'?: (string);
  'createTime'?: (string);
}

export interface Tranche__Output {
  'id': (string);
  'amount': (string);
  'disbursedOn': (string);
  'reference': (string);
  'createTime': (string);
}
