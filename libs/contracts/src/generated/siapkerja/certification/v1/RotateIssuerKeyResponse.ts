// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface RotateIssuerKeyResponse {
  'kid'?: (string);
  'previousKid'?: (string);
}

export interface RotateIssuerKeyResponse__Output {
  'kid': (string);
  'previousKid': (string);
}
