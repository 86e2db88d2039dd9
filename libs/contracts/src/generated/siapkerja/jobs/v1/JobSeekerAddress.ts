// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface JobSeekerAddress {
  'line'?: (string);
  'regionCode'?: (string);
  'postalCode'?: (string);
}

export interface JobSeekerAddress__Output {
  'line': (string);
  'regionCode': (string);
  'postalCode': (string);
}
