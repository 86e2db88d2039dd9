// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface VerifiedHolder {
  'nameMasked'?: (string);
  'withheld'?: (string);
}

export interface VerifiedHolder__Output {
  'nameMasked': (string);
  'withheld': (string);
}
