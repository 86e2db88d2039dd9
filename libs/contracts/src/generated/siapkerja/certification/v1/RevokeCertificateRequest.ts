// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface RevokeCertificateRequest {
  'id'?: (string);
  'reason'?: (string);
}

export interface RevokeCertificateRequest__Output {
  'id': (string);
  'reason': (string);
}
