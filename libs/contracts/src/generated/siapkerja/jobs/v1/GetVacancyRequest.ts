// Original file: proto/siapkerja/jobs/v1/jobs.proto


export interface GetVacancyRequest {
  'id'?: (string);
}

export interface GetVacancyRequest__Output {
  'id': (string);
}
