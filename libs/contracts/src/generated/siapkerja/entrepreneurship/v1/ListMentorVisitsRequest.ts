// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto


export interface ListMentorVisitsRequest {
  'groupId'?: (string);
}

export interface ListMentorVisitsRequest__Output {
  'groupId': (string);
}
