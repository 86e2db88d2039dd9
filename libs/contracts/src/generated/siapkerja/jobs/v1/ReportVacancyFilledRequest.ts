// Original file: proto/siapkerja/jobs/v1/jobs.proto


export interface ReportVacancyFilledRequest {
  'id'?: (string);
  'numberHired'?: (number);
}

export interface ReportVacancyFilledRequest__Output {
  'id': (string);
  'numberHired': (number);
}
