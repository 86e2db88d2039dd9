// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface CertificateHolder {
  'nik'?: (string);
  'name'?: (string);
  'nikMasked'?: (boolean);
}

export interface CertificateHolder__Output {
  'nik': (string);
  'name': (string);
  'nikMasked': (boolean);
}
