// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface JobSeekerEducation {
  'level'?: (string);
  'institution'?: (string);
  'major'?: (string);
  'graduationYear'?: (number);
}

export interface JobSeekerEducation__Output {
  'level': (string);
  'institution': (string);
  'major': (string);
  'graduationYear': (number);
}
