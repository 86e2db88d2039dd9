// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface StopGroupRequest {
  'groupId'?: (string);
  'reason'?: (string);
}

export interface StopGroupRequest__Output {
  'groupId': (string);
  'reason': (string);
}
