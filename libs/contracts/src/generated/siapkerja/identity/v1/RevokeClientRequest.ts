// Original file: proto/siapkerja/identity/v1/identity.proto


export interface RevokeClientRequest {
  'clientId'?: (string);
}

export interface RevokeClientRequest__Output {
  'clientId': (string);
}
