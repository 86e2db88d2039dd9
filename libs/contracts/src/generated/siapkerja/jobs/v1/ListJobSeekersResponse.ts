// Original file: proto/siapkerja/jobs/v1/job_seekers.proto

import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';

export interface ListJobSeekersResponse {
  'jobSeekers'?: (_siapkerja_jobs_v1_JobSeeker)[];
  'nextPageToken'?: (string);
}

export interface ListJobSeekersResponse__Output {
  'jobSeekers': (_siapkerja_jobs_v1_JobSeeker__Output)[];
  'nextPageToken': (string);
}
