// Original file: proto/siapkerja/placement/v1/placement.proto


export interface RenderLabourMarketPageRequest {
  'regionCode'?: (string);
  'month'?: (string);
}

export interface RenderLabourMarketPageRequest__Output {
  'regionCode': (string);
  'month': (string);
}
