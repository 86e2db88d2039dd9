// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto

import type { Long } from '@grpc/proto-loader';

export interface CreateBusinessReportRequest {
  'groupId'?: (string);
  'kind'?: (string);
  'period'?: (string);
  'revenue'?: (number | string | Long);
  'activeMembers'?: (number);
  'workersHired'?: (number);
  'notes'?: (string);
  'requestId'?: (string);
}

export interface CreateBusinessReportRequest__Output {
  'groupId': (string);
  'kind': (string);
  'period': (string);
  'revenue': (string);
  'activeMembers': (number);
  'workersHired': (number);
  'notes': (string);
  'requestId': (string);
}
