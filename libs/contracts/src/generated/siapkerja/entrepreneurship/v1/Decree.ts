// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto

import type { Long } from '@grpc/proto-loader';

export interface Decree {
  'id'?: (string);
  'number'?: (string);
  'programId'?: (string);
  'programYear'?: (number);
  'regionCode'?: (string);
  'decidedOn'?: (string);
  'proposalIds'?: (string)[];
  'totalAmount'?: (number | string | Long);
  'createTime'?: (string);
}

export interface Decree__Output {
  'id': (string);
  'number': (string);
  'programId': (string);
  'programYear': (number);
  'regionCode': (string);
  'decidedOn': (string);
  'proposalIds': (string)[];
  'totalAmount': (string);
  'createTime': (string);
}
