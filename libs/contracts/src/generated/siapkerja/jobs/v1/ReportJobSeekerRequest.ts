// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface ReportJobSeekerRequest {
  'id'?: (string);
}

export interface ReportJobSeekerRequest__Output {
  'id': (string);
}
