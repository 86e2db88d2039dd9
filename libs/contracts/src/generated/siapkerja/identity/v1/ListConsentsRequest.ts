// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ListConsentsRequest {
  'accountId'?: (string);
}

export interface ListConsentsRequest__Output {
  'accountId': (string);
}
