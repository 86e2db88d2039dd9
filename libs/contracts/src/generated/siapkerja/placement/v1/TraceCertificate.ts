// Original file: proto/siapkerja/placement/v1/placement.proto


export interface TraceCertificate {
  'certificateId'?: (string);
  'schemeCode'?: (string);
  'issueDate'?: (string);
  'status'?: (string);
}

export interface TraceCertificate__Output {
  'certificateId': (string);
  'schemeCode': (string);
  'issueDate': (string);
  'status': (string);
}
