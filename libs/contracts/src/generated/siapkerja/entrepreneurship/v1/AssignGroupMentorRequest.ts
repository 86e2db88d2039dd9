// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface AssignGroupMentorRequest {
  'groupId'?: (string);
  'mentorAccountId'?: (string);
}

export interface AssignGroupMentorRequest__Output {
  'groupId': (string);
  'mentorAccountId': (string);
}
