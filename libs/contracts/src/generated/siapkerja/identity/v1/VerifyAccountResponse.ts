// Original file: proto/siapkerja/identity/v1/identity.proto


export interface VerifyAccountResponse {
  'id'?: (string);
  'status'?: (string);
}

export interface VerifyAccountResponse__Output {
  'id': (string);
  'status': (string);
}
