// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface GetJobSeekerRequest {
  'id'?: (string);
}

export interface GetJobSeekerRequest__Output {
  'id': (string);
}
