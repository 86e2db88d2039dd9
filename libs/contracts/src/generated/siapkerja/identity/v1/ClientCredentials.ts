// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ClientCredentials {
  'clientId'?: (string);
  'found'?: (boolean);
  'revoked'?: (boolean);
  'hmacRequired'?: (boolean);
  'hmacSecrets'?: (string)[];
}

export interface ClientCredentials__Output {
  'clientId': (string);
  'found': (boolean);
  'revoked': (boolean);
  'hmacRequired': (boolean);
  'hmacSecrets': (string)[];
}
