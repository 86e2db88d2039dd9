// Original file: proto/siapkerja/training/v1/outcomes.proto

import type { EnrolmentState as _siapkerja_training_v1_EnrolmentState, EnrolmentState__Output as _siapkerja_training_v1_EnrolmentState__Output } from '../../../siapkerja/training/v1/EnrolmentState';

export interface RecordOutcomeRequest {
  'enrolmentId'?: (string);
  'outcome'?: (_siapkerja_training_v1_EnrolmentState);
  'finalScore'?: (number);
  'outcomeDate'?: (string);
  'note'?: (string);
  '_finalScore'?: "finalScore";
}

export interface RecordOutcomeRequest__Output {
  'enrolmentId': (string);
  'outcome': (_siapkerja_training_v1_EnrolmentState__Output);
  'finalScore'?: (number);
  'outcomeDate': (string);
  'note': (string);
  '_finalScore'?: "finalScore";
}
