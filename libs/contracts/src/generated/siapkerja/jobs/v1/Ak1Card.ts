// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface Ak1Card {
  'number'?: (string);
  'issuingRegionCode'?: (string);
  'issueDate'?: (string);
  'validUntil'?: (string);
  'reportCount'?: (number);
  'lastReportedPeriod'?: (number);
  'lastReportTime'?: (string);
  'nextReportFrom'?: (string);
  'nextReportUntil'?: (string);
}

export interface Ak1Card__Output {
  'number': (string);
  'issuingRegionCode': (string);
  'issueDate': (string);
  'validUntil': (string);
  'reportCount': (number);
  'lastReportedPeriod': (number);
  'lastReportTime': (string);
  'nextReportFrom': (string);
  'nextReportUntil': (string);
}
