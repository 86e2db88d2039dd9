// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface GetCertificateCredentialRequest {
  'id'?: (string);
}

export interface GetCertificateCredentialRequest__Output {
  'id': (string);
}
