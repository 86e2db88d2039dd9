// Original file: proto/siapkerja/identity/v1/identity.proto


export interface PersonTokens {
  'accessToken'?: (string);
  'tokenType'?: (string);
  'expiresIn'?: (number);
  'scope'?: (string);
  'refreshToken'?: (string);
  'refreshExpiresIn'?: (number);
}

export interface PersonTokens__Output {
  'accessToken': (string);
  'tokenType': (string);
  'expiresIn': (number);
  'scope': (string);
  'refreshToken': (string);
  'refreshExpiresIn': (number);
}
