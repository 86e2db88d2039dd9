// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface GetGroupRequest {
  'id'?: (string);
}

export interface GetGroupRequest__Output {
  'id': (string);
}
