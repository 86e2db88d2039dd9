// Original file: proto/siapkerja/identity/v1/identity.proto


export interface Revoked {
  'sessionIds'?: (string)[];
  'clientIds'?: (string)[];
}

export interface Revoked__Output {
  'sessionIds': (string)[];
  'clientIds': (string)[];
}
