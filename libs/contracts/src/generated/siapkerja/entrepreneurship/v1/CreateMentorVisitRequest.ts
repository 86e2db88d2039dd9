// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto


export interface CreateMentorVisitRequest {
  'groupId'?: (string);
  'visitedOn'?: (string);
  'notes'?: (string);
}

export interface CreateMentorVisitRequest__Output {
  'groupId': (string);
  'visitedOn': (string);
  'notes': (string);
}
