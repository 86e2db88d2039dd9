// Original file: proto/siapkerja/training/v1/enrolments.proto

import type { EnrolmentState as _siapkerja_training_v1_EnrolmentState, EnrolmentState__Output as _siapkerja_training_v1_EnrolmentState__Output } from '../../../siapkerja/training/v1/EnrolmentState';

export interface ListEnrolmentsRequest {
  'batchId'?: (string);
  'state'?: (_siapkerja_training_v1_EnrolmentState);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListEnrolmentsRequest__Output {
  'batchId': (string);
  'state': (_siapkerja_training_v1_EnrolmentState__Output);
  'pageSize': (number);
  'pageToken': (string);
}
