// Original file: proto/siapkerja/jobs/v1/jobs.proto


export interface GetEmployerRequest {
  'id'?: (string);
}

export interface GetEmployerRequest__Output {
  'id': (string);
}
