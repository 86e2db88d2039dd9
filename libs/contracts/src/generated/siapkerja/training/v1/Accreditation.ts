// Original file: proto/siapkerja/training/v1/providers.proto


export interface Accreditation {
  'grade'?: (string);
  'validUntil'?: (string);
}

export interface Accreditation__Output {
  'grade': (string);
  'validUntil': (string);
}
