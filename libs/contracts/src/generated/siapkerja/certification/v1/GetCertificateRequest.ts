// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface GetCertificateRequest {
  'id'?: (string);
}

export interface GetCertificateRequest__Output {
  'id': (string);
}
