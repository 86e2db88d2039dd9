// Original file: proto/siapkerja/placement/v1/placement.proto


export interface TraceTraining {
  'enrolmentId'?: (string);
  'providerId'?: (string);
  'programId'?: (string);
  'programTitle'?: (string);
  'regionCode'?: (string);
  'outcome'?: (string);
  'outcomeDate'?: (string);
}

export interface TraceTraining__Output {
  'enrolmentId': (string);
  'providerId': (string);
  'programId': (string);
  'programTitle': (string);
  'regionCode': (string);
  'outcome': (string);
  'outcomeDate': (string);
}
