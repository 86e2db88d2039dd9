// Original file: proto/siapkerja/placement/v1/placement.proto


export interface GetVacancyReportRequest {
  'regionCode'?: (string);
  'month'?: (string);
}

export interface GetVacancyReportRequest__Output {
  'regionCode': (string);
  'month': (string);
}
