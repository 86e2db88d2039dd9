// Original file: proto/siapkerja/training/v1/enrolments.proto

import type { EnrolmentState as _siapkerja_training_v1_EnrolmentState, EnrolmentState__Output as _siapkerja_training_v1_EnrolmentState__Output } from '../../../siapkerja/training/v1/EnrolmentState';

export interface EnrolmentTransition {
  'fromState'?: (_siapkerja_training_v1_EnrolmentState);
  'toState'?: (_siapkerja_training_v1_EnrolmentState);
  'actor'?: (string);
  'actorSide'?: (string);
  'note'?: (string);
  'time'?: (string);
}

export interface EnrolmentTransition__Output {
  'fromState': (_siapkerja_training_v1_EnrolmentState__Output);
  'toState': (_siapkerja_training_v1_EnrolmentState__Output);
  'actor': (string);
  'actorSide': (string);
  'note': (string);
  'time': (string);
}
