// Original file: proto/siapkerja/jobs/v1/applications.proto

import type { Application as _siapkerja_jobs_v1_Application, Application__Output as _siapkerja_jobs_v1_Application__Output } from '../../../siapkerja/jobs/v1/Application';

export interface ListApplicationsResponse {
  'applications'?: (_siapkerja_jobs_v1_Application)[];
  'nextPageToken'?: (string);
}

export interface ListApplicationsResponse__Output {
  'applications': (_siapkerja_jobs_v1_Application__Output)[];
  'nextPageToken': (string);
}
