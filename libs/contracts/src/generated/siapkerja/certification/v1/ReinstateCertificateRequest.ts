// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface ReinstateCertificateRequest {
  'id'?: (string);
  'reason'?: (string);
}

export interface ReinstateCertificateRequest__Output {
  'id': (string);
  'reason': (string);
}
