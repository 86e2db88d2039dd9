// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface GetStatusListRequest {
  'purpose'?: (string);
  'list'?: (number);
}

export interface GetStatusListRequest__Output {
  'purpose': (string);
  'list': (number);
}
