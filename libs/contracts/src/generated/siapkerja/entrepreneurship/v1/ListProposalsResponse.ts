// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto

import type { Proposal as _siapkerja_entrepreneurship_v1_Proposal, Proposal__Output as _siapkerja_entrepreneurship_v1_Proposal__Output } from '../../../siapkerja/entrepreneurship/v1/Proposal';

export interface ListProposalsResponse {
  'proposals'?: (_siapkerja_entrepreneurship_v1_Proposal)[];
  'nextPageToken'?: (string);
}

export interface ListProposalsResponse__Output {
  'proposals': (_siapkerja_entrepreneurship_v1_Proposal__Output)[];
  'nextPageToken': (string);
}
