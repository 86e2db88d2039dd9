// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto


export interface CreateDecreeRequest {
  'number'?: (string);
  'programId'?: (string);
  'regionCode'?: (string);
  'decidedOn'?: (string);
  'proposalIds'?: (string)[];
}

export interface CreateDecreeRequest__Output {
  'number': (string);
  'programId': (string);
  'regionCode': (string);
  'decidedOn': (string);
  'proposalIds': (string)[];
}
