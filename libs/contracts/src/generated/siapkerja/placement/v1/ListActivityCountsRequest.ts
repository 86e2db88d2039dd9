// Original file: proto/siapkerja/placement/v1/placement.proto


export interface ListActivityCountsRequest {
  'regionCode'?: (string);
  'month'?: (string);
}

export interface ListActivityCountsRequest__Output {
  'regionCode': (string);
  'month': (string);
}
