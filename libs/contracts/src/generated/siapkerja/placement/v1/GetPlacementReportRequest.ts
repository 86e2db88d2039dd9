// Original file: proto/siapkerja/placement/v1/placement.proto


export interface GetPlacementReportRequest {
  'regionCode'?: (string);
  'month'?: (string);
}

export interface GetPlacementReportRequest__Output {
  'regionCode': (string);
  'month': (string);
}
