// Original file: proto/siapkerja/jobs/v1/jobs.proto


export interface CloseVacancyRequest {
  'id'?: (string);
  'reason'?: (string);
}

export interface CloseVacancyRequest__Output {
  'id': (string);
  'reason': (string);
}
