// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface VerifyCertificateRequest {
  'number'?: (string);
  'verificationCode'?: (string);
}

export interface VerifyCertificateRequest__Output {
  'number': (string);
  'verificationCode': (string);
}
