// Original file: proto/siapkerja/jobs/v1/job_seekers.proto


export interface JobSeekerExperience {
  'position'?: (string);
  'employer'?: (string);
  'kbjiCode'?: (string);
  'fromMonth'?: (string);
  'toMonth'?: (string);
}

export interface JobSeekerExperience__Output {
  'position': (string);
  'employer': (string);
  'kbjiCode': (string);
  'fromMonth': (string);
  'toMonth': (string);
}
