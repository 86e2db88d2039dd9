// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ConfirmPasswordResetResponse {
  'endedSessionIds'?: (string)[];
}

export interface ConfirmPasswordResetResponse__Output {
  'endedSessionIds': (string)[];
}
