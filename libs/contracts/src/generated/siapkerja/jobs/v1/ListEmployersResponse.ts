// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from '../../../siapkerja/jobs/v1/Employer';

export interface ListEmployersResponse {
  'employers'?: (_siapkerja_jobs_v1_Employer)[];
  'nextPageToken'?: (string);
}

export interface ListEmployersResponse__Output {
  'employers': (_siapkerja_jobs_v1_Employer__Output)[];
  'nextPageToken': (string);
}
