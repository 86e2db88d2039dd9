// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface RemoveGroupMemberRequest {
  'groupId'?: (string);
  'memberId'?: (string);
}

export interface RemoveGroupMemberRequest__Output {
  'groupId': (string);
  'memberId': (string);
}
