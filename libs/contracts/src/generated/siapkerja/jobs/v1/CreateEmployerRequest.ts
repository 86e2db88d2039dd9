// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from '../../../siapkerja/jobs/v1/Employer';

export interface CreateEmployerRequest {
  'employer'?: (_siapkerja_jobs_v1_Employer | null);
  'requestId'?: (string);
}

export interface CreateEmployerRequest__Output {
  'employer': (_siapkerja_jobs_v1_Employer__Output | null);
  'requestId': (string);
}
