// Original file: proto/siapkerja/identity/v1/identity.proto


export interface RotateClientSecretRequest {
  'clientId'?: (string);
}

export interface RotateClientSecretRequest__Output {
  'clientId': (string);
}
