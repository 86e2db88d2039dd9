// Original file: proto/siapkerja/placement/v1/placement.proto


export interface GetPersonTraceRequest {
  'personId'?: (string);
}

export interface GetPersonTraceRequest__Output {
  'personId': (string);
}
