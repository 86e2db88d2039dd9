// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface VerifyCredentialRequest {
  'number'?: (string);
  'credential'?: (string);
  'qrContent'?: (string);
}

export interface VerifyCredentialRequest__Output {
  'number': (string);
  'credential': (string);
  'qrContent': (string);
}
