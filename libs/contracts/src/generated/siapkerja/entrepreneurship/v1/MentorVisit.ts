// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto


export interface MentorVisit {
  'id'?: (string);
  'groupId'?: (string);
  'visitedOn'?: (string);
  'notes'?: (string);
  'mentorAccountId'?: (string);
  'createTime'?: (string);
}

export interface MentorVisit__Output {
  'id': (string);
  'groupId': (string);
  'visitedOn': (string);
  'notes': (string);
  'mentorAccountId': (string);
  'createTime': (string);
}
