// Original file: proto/siapkerja/jobs/v1/job_seekers.proto

import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';

export interface RegisterJobSeekerRequest {
  'jobSeeker'?: (_siapkerja_jobs_v1_JobSeeker | null);
  'requestId'?: (string);
}

export interface RegisterJobSeekerRequest__Output {
  'jobSeeker': (_siapkerja_jobs_v1_JobSeeker__Output | null);
  'requestId': (string);
}
