// Original file: proto/siapkerja/training/v1/outcomes.proto


export interface ListMyEnrolmentsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListMyEnrolmentsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
}
