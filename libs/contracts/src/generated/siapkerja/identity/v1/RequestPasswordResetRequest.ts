// Original file: proto/siapkerja/identity/v1/identity.proto


export interface RequestPasswordResetRequest {
  'login'?: (string);
}

export interface RequestPasswordResetRequest__Output {
  'login': (string);
}
