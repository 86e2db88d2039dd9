// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto

import type { Long } from '@grpc/proto-loader';

export interface CreateTrancheRequest {
  'proposalId'?: (string);
  'amount'?: (number | string | Long);
  'disbursedOn'?: (string);
  'reference'?: (string);
  'requestId'?: (string);
}

export interface CreateTrancheRequest__Output {
  'proposalId': (string);
  'amount': (string);
  'disbursedOn': (string);
  'reference': (string);
  'requestId': (string);
}
