// Original file: proto/siapkerja/certification/v1/lsps.proto


export interface ListTuksRequest {
  'lspId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListTuksRequest__Output {
  'lspId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
