// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ListSandboxVerificationCodesRequest {
  'nik'?: (string);
}

export interface ListSandboxVerificationCodesRequest__Output {
  'nik': (string);
}
