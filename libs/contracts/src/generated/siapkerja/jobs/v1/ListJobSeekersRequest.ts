// Original file: proto/siapkerja/jobs/v1/job_seekers.proto

import type { JobSeekerState as _siapkerja_jobs_v1_JobSeekerState, JobSeekerState__Output as _siapkerja_jobs_v1_JobSeekerState__Output } from '../../../siapkerja/jobs/v1/JobSeekerState';

export interface ListJobSeekersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'regionCode'?: (string);
  'state'?: (_siapkerja_jobs_v1_JobSeekerState);
}

export interface ListJobSeekersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'regionCode': (string);
  'state': (_siapkerja_jobs_v1_JobSeekerState__Output);
}
