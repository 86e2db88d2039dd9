// Original file: proto/siapkerja/identity/v1/identity.proto


export interface CheckSessionRequest {
  'sessionId'?: (string);
}

export interface CheckSessionRequest__Output {
  'sessionId': (string);
}
