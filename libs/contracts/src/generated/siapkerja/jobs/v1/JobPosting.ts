// Original file: proto/siapkerja/jobs/v1/jobs.proto


export interface JobPosting {
  'jsonLd'?: (string);
}

export interface JobPosting__Output {
  'jsonLd': (string);
}
