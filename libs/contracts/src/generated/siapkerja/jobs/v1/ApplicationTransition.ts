// Original file: proto/siapkerja/jobs/v1/applications.proto

import type { ApplicationState as _siapkerja_jobs_v1_ApplicationState, ApplicationState__Output as _siapkerja_jobs_v1_ApplicationState__Output } from '../../../siapkerja/jobs/v1/ApplicationState';

export interface ApplicationTransition {
  'fromState'?: (_siapkerja_jobs_v1_ApplicationState);
  'toState'?: (_siapkerja_jobs_v1_ApplicationState);
  'actor'?: (string);
  'actorSide'?: (string);
  'note'?: (string);
  'time'?: (string);
}

export interface ApplicationTransition__Output {
  'fromState': (_siapkerja_jobs_v1_ApplicationState__Output);
  'toState': (_siapkerja_jobs_v1_ApplicationState__Output);
  'actor': (string);
  'actorSide': (string);
  'note': (string);
  'time': (string);
}
