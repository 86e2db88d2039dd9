// Original file: proto/siapkerja/identity/v1/identity.proto


export interface RotateSigningKeyResponse {
  'kid'?: (string);
  'previousKid'?: (string);
}

export interface RotateSigningKeyResponse__Output {
  'kid': (string);
  'previousKid': (string);
}
