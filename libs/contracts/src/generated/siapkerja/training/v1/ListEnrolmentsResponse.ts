// Original file: proto/siapkerja/training/v1/enrolments.proto

import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from '../../../siapkerja/training/v1/Enrolment';

export interface ListEnrolmentsResponse {
  'enrolments'?: (_siapkerja_training_v1_Enrolment)[];
  'nextPageToken'?: (string);
}

export interface ListEnrolmentsResponse__Output {
  'enrolments': (_siapkerja_training_v1_Enrolment__Output)[];
  'nextPageToken': (string);
}
