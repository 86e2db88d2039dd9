// Original file: proto/siapkerja/jobs/v1/jobs.proto


export interface GetJobPostingRequest {
  'id'?: (string);
}

export interface GetJobPostingRequest__Output {
  'id': (string);
}
