// Original file: proto/siapkerja/jobs/v1/jobs.proto


export interface PublishVacancyRequest {
  'id'?: (string);
}

export interface PublishVacancyRequest__Output {
  'id': (string);
}
