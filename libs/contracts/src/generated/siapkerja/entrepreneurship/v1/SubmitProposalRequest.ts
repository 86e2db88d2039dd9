// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto


export interface SubmitProposalRequest {
  'groupId'?: (string);
  'requestId'?: (string);
}

export interface SubmitProposalRequest__Output {
  'groupId': (string);
  'requestId': (string);
}
