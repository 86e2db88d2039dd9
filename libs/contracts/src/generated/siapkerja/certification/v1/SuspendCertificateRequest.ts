// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface SuspendCertificateRequest {
  'id'?: (string);
  'reason'?: (string);
}

export interface SuspendCertificateRequest__Output {
  'id': (string);
  'reason': (string);
}
