// Original file: proto/siapkerja/identity/v1/identity.proto


export interface SignUpResponse {
  'id'?: (string);
  'status'?: (string);
  'nikMasked'?: (string);
  'codeSentTo'?: (string);
}

export interface SignUpResponse__Output {
  'id': (string);
  'status': (string);
  'nikMasked': (string);
  'codeSentTo': (string);
}
