// Original file: proto/siapkerja/jobs/v1/person_data.proto

import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';
import type { Application as _siapkerja_jobs_v1_Application, Application__Output as _siapkerja_jobs_v1_Application__Output } from '../../../siapkerja/jobs/v1/Application';

export interface ExportPersonDataResponse {
  'jobSeeker'?: (_siapkerja_jobs_v1_JobSeeker | null);
  'applications'?: (_siapkerja_jobs_v1_Application)[];
  'eraseTime'?: (string);
  'processingRestrictTime'?: (string);
}

export interface ExportPersonDataResponse__Output {
  'jobSeeker': (_siapkerja_jobs_v1_JobSeeker__Output | null);
  'applications': (_siapkerja_jobs_v1_Application__Output)[];
  'eraseTime': (string);
  'processingRestrictTime': (string);
}
