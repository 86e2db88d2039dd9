// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto

import type { ChecklistItem as _siapkerja_entrepreneurship_v1_ChecklistItem, ChecklistItem__Output as _siapkerja_entrepreneurship_v1_ChecklistItem__Output } from '../../../siapkerja/entrepreneurship/v1/ChecklistItem';
import type { Tranche as _siapkerja_entrepreneurship_v1_Tranche, Tranche__Output as _siapkerja_entrepreneurship_v1_Tranche__Output } from '../../../siapkerja/entrepreneurship/v1/Tranche';
import type { HistoryEntry as _siapkerja_entrepreneurship_v1_HistoryEntry, HistoryEntry__Output as _siapkerja_entrepreneurship_v1_HistoryEntry__Output } from '../../../siapkerja/entrepreneurship/v1/HistoryEntry';
import type { Long } from '@grpc/proto-loader';

export interface Proposal {
  'id'?: (string);
  'groupId'?: (string);
  'programId'?: (string);
  'programYear'?: (number);
  'regionCode'?: (string);
  'state'?: (string);
  'requestedAmount'?: (number | string | Long);
  'approvedAmount'?: (number | string | Long);
  'disbursedAmount'?: (number | string | Long);
  'checklist'?: (_siapkerja_entrepreneurship_v1_ChecklistItem)[];
  'rejectionReasons'?: (string)[];
  'decreeId'?: (string);
  'decreeNumber'?: (string);
  'tranches'?: (_siapkerja_entrepreneurship_v1_Tranche)[];
  'history'?: (_siapkerja_entrepreneurship_v1_HistoryEntry)[];
  'createTime'?: (string);
  'updateTime'?: (string);
}

export interface Proposal__Output {
  'id': (string);
  'groupId': (string);
  'programId': (string);
  'programYear': (number);
  'regionCode': (string);
  'state': (string);
  'requestedAmount': (string);
  'approvedAmount': (string);
  'disbursedAmount': (string);
  'checklist': (_siapkerja_entrepreneurship_v1_ChecklistItem__Output)[];
  'rejectionReasons': (string)[];
  'decreeId': (string);
  'decreeNumber': (string);
  'tranches': (_siapkerja_entrepreneurship_v1_Tranche__Output)[];
  'history': (_siapkerja_entrepreneurship_v1_HistoryEntry__Output)[];
  'createTime': (string);
  'updateTime': (string);
}
