// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface MarkJobSeekerPlacedRequest {
  'id'?: (string);
  'vacancyId'?: (string);
}

export interface MarkJobSeekerPlacedRequest__Output {
  'id': (string);
  'vacancyId': (string);
}
