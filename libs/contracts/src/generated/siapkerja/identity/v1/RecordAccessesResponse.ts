// Original file: proto/siapkerja/identity/v1/identity.proto


export interface RecordAccessesResponse {
  'ids'?: (string)[];
}

export interface RecordAccessesResponse__Output {
  'ids': (string)[];
}
