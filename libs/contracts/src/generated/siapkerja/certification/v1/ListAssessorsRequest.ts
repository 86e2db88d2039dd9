// Original file: proto/siapkerja/certification/v1/lsps.proto


export interface ListAssessorsRequest {
  'lspId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListAssessorsRequest__Output {
  'lspId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
