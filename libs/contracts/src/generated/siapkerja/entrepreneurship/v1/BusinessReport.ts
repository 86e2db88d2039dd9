// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto

import type { Long } from '@grpc/proto-loader';

export interface BusinessReport {
  'id'?: (string);
  'groupId'?: (string);
  'kind'?: (string);
  'period'?: (string);
  'revenue'?: (number | string | Long);
  'activeMembers'?: (number);
  'workersHired'?: (number);
  'notes'?: (string);
  'state'?: (string);
  'reviewNote'?: (string);
  'placementsRecorded'?: (number);
  'createTime'?: (string);
  'reviewTime'?: (string);
}

export interface BusinessReport__Output {
  'id': (string);
  'groupId': (string);
  'kind': (string);
  'period': (string);
  'revenue': (string);
  'activeMembers': (number);
  'workersHired': (number);
  'notes': (string);
  'state': (string);
  'reviewNote': (string);
  'placementsRecorded': (number);
  'createTime': (string);
  'reviewTime': (string);
}
