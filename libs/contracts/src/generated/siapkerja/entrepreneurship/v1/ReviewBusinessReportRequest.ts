// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto


export interface ReviewBusinessReportRequest {
  'id'?: (string);
  'decision'?: (string);
  'note'?: (string);
  'groupId'?: (string);
}

export interface ReviewBusinessReportRequest__Output {
  'id': (string);
  'decision': (string);
  'note': (string);
  'groupId': (string);
}
