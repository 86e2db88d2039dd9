// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface CertificateCredential {
  'certificateId'?: (string);
  'jwt'?: (string);
  'credentialJson'?: (string);
  'kid'?: (string);
  'verificationUrl'?: (string);
}

export interface CertificateCredential__Output {
  'certificateId': (string);
  'jwt': (string);
  'credentialJson': (string);
  'kid': (string);
  'verificationUrl': (string);
}
