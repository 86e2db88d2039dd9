// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface VerifyCredentialQuery {
  'number'?: (string);
  'credential'?: (string);
  'qrContent'?: (string);
}

export interface VerifyCredentialQuery__Output {
  'number': (string);
  'credential': (string);
  'qrContent': (string);
}
