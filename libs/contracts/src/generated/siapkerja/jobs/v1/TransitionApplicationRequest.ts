// Original file: proto/siapkerja/jobs/v1/applications.proto

import type { ApplicationState as _siapkerja_jobs_v1_ApplicationState, ApplicationState__Output as _siapkerja_jobs_v1_ApplicationState__Output } from '../../../siapkerja/jobs/v1/ApplicationState';

export interface TransitionApplicationRequest {
  'id'?: (string);
  'toState'?: (_siapkerja_jobs_v1_ApplicationState);
  'note'?: (string);
}

export interface TransitionApplicationRequest__Output {
  'id': (string);
  'toState': (_siapkerja_jobs_v1_ApplicationState__Output);
  'note': (string);
}
