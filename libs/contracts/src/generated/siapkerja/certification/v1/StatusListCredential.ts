// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface StatusListCredential {
  'purpose'?: (string);
  'jwt'?: (string);
  'credentialJson'?: (string);
  'updateTime'?: (string);
}

export interface StatusListCredential__Output {
  'purpose': (string);
  'jwt': (string);
  'credentialJson': (string);
  'updateTime': (string);
}
