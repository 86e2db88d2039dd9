// Original file: proto/siapkerja/jobs/v1/applications.proto

import type { ApplicationState as _siapkerja_jobs_v1_ApplicationState, ApplicationState__Output as _siapkerja_jobs_v1_ApplicationState__Output } from '../../../siapkerja/jobs/v1/ApplicationState';

export interface ListApplicationsRequest {
  'vacancyId'?: (string);
  'jobSeekerId'?: (string);
  'state'?: (_siapkerja_jobs_v1_ApplicationState);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListApplicationsRequest__Output {
  'vacancyId': (string);
  'jobSeekerId': (string);
  'state': (_siapkerja_jobs_v1_ApplicationState__Output);
  'pageSize': (number);
  'pageToken': (string);
}
