// Original file: proto/siapkerja/training/v1/person_data.proto

import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from '../../../siapkerja/training/v1/Enrolment';

export interface ExportPersonDataResponse {
  'enrolments'?: (_siapkerja_training_v1_Enrolment)[];
  'eraseTime'?: (string);
  'processingRestrictTime'?: (string);
}

export interface ExportPersonDataResponse__Output {
  'enrolments': (_siapkerja_training_v1_Enrolment__Output)[];
  'eraseTime': (string);
  'processingRestrictTime': (string);
}
