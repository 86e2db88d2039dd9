// Original file: proto/siapkerja/identity/v1/identity.proto


export interface RequestPasswordResetResponse {
  'status'?: (string);
}

export interface RequestPasswordResetResponse__Output {
  'status': (string);
}
