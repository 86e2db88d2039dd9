// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto


export interface GetDecreeRequest {
  'id'?: (string);
}

export interface GetDecreeRequest__Output {
  'id': (string);
}
