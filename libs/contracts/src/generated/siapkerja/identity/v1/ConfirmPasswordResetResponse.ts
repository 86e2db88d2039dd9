// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ConfirmPasswordResetResponse {
}

export interface ConfirmPasswordResetResponse__Output {
}
