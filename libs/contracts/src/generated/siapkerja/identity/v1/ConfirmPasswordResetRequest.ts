// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ConfirmPasswordResetRequest {
  'login'?: (string);
  'code'?: (string);
  'newPassword'?: (string);
}

export interface ConfirmPasswordResetRequest__Output {
  'login': (string);
  'code': (string);
  'newPassword': (string);
}
