// Original file: proto/siapkerja/identity/v1/identity.proto


export interface VerifyAccountRequest {
  'login'?: (string);
  'code'?: (string);
}

export interface VerifyAccountRequest__Output {
  'login': (string);
  'code': (string);
}
