// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto


export interface GetProposalRequest {
  'id'?: (string);
}

export interface GetProposalRequest__Output {
  'id': (string);
}
