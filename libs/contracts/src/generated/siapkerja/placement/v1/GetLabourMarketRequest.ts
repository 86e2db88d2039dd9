// Original file: proto/siapkerja/placement/v1/placement.proto


export interface GetLabourMarketRequest {
  'regionCode'?: (string);
  'month'?: (string);
}

export interface GetLabourMarketRequest__Output {
  'regionCode': (string);
  'month': (string);
}
