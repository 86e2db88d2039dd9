// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface BatchGetJobSeekersRequest {
  'ids'?: (string)[];
}

export interface BatchGetJobSeekersRequest__Output {
  'ids': (string)[];
}
