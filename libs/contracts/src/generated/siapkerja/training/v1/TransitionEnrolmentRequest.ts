// Original file: proto/siapkerja/training/v1/enrolments.proto

import type { EnrolmentState as _siapkerja_training_v1_EnrolmentState, EnrolmentState__Output as _siapkerja_training_v1_EnrolmentState__Output } from '../../../siapkerja/training/v1/EnrolmentState';

export interface TransitionEnrolmentRequest {
  'id'?: (string);
  'toState'?: (_siapkerja_training_v1_EnrolmentState);
  'note'?: (string);
}

export interface TransitionEnrolmentRequest__Output {
  'id': (string);
  'toState': (_siapkerja_training_v1_EnrolmentState__Output);
  'note': (string);
}
