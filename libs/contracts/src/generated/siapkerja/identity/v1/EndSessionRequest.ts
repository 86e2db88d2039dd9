// Original file: proto/siapkerja/identity/v1/identity.proto


export interface EndSessionRequest {
  'sessionId'?: (string);
}

export interface EndSessionRequest__Output {
  'sessionId': (string);
}
