// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface RemoveJobSeekerRequest {
  'id'?: (string);
  'reason'?: (string);
}

export interface RemoveJobSeekerRequest__Output {
  'id': (string);
  'reason': (string);
}
