// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto


export interface ListProposalsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'state'?: (string);
  'programId'?: (string);
  'regionCode'?: (string);
  'groupId'?: (string);
}

export interface ListProposalsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'state': (string);
  'programId': (string);
  'regionCode': (string);
  'groupId': (string);
}
