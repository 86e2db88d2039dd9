// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto

import type { ChecklistItem as _siapkerja_entrepreneurship_v1_ChecklistItem, ChecklistItem__Output as _siapkerja_entrepreneurship_v1_ChecklistItem__Output } from '../../../siapkerja/entrepreneurship/v1/ChecklistItem';

export interface VerifyProposalRequest {
  'id'?: (string);
  'decision'?: (string);
  'checklist'?: (_siapkerja_entrepreneurship_v1_ChecklistItem)[];
  'rejectionReasons'?: (string)[];
}

export interface VerifyProposalRequest__Output {
  'id': (string);
  'decision': (string);
  'checklist': (_siapkerja_entrepreneurship_v1_ChecklistItem__Output)[];
  'rejectionReasons': (string)[];
}
