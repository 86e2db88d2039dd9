// Original file: proto/siapkerja/certification/v1/lsps.proto


export interface ListLspsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'regionCode'?: (string);
}

export interface ListLspsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'regionCode': (string);
}
