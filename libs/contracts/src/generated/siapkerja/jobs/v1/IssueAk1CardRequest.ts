// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface IssueAk1CardRequest {
  'id'?: (string);
}

export interface IssueAk1CardRequest__Output {
  'id': (string);
}
