// Original file: proto/siapkerja/identity/v1/identity.proto


export interface GetClientCredentialsRequest {
  'clientId'?: (string);
}

export interface GetClientCredentialsRequest__Output {
  'clientId': (string);
}
