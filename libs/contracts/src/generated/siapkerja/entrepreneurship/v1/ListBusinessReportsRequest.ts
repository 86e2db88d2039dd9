// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto


export interface ListBusinessReportsRequest {
  'groupId'?: (string);
}

export interface ListBusinessReportsRequest__Output {
  'groupId': (string);
}
