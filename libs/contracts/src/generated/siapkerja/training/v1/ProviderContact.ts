// Original file: proto/siapkerja/training/v1/providers.proto


export interface ProviderContact {
  'email'?: (string);
  'phone'?: (string);
  'website'?: (string);
}

export interface ProviderContact__Output {
  'email': (string);
  'phone': (string);
  'website': (string);
}
