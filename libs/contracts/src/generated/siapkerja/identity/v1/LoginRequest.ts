// Original file: proto/siapkerja/identity/v1/identity.proto


export interface LoginRequest {
  'login'?: (string);
  'password'?: (string);
  'clientIp'?: (string);
}

export interface LoginRequest__Output {
  'login': (string);
  'password': (string);
  'clientIp': (string);
}
