// Original file: proto/siapkerja/jobs/v1/job_seekers.proto

import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';

export interface BatchGetJobSeekersResponse {
  'jobSeekers'?: (_siapkerja_jobs_v1_JobSeeker)[];
  'erasedIds'?: (string)[];
  'restrictedIds'?: (string)[];
}

export interface BatchGetJobSeekersResponse__Output {
  'jobSeekers': (_siapkerja_jobs_v1_JobSeeker__Output)[];
  'erasedIds': (string)[];
  'restrictedIds': (string)[];
}
