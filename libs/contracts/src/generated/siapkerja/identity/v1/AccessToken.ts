// Original file: proto/siapkerja/identity/v1/identity.proto


export interface AccessToken {
  'accessToken'?: (string);
  'tokenType'?: (string);
  'expiresIn'?: (number);
  'scope'?: (string);
}

export interface AccessToken__Output {
  'accessToken': (string);
  'tokenType': (string);
  'expiresIn': (number);
  'scope': (string);
}
