// Original file: proto/siapkerja/training/v1/enrolments.proto

import type { Sex as _siapkerja_training_v1_Sex, Sex__Output as _siapkerja_training_v1_Sex__Output } from '../../../siapkerja/training/v1/Sex';
import type { EnrolmentState as _siapkerja_training_v1_EnrolmentState, EnrolmentState__Output as _siapkerja_training_v1_EnrolmentState__Output } from '../../../siapkerja/training/v1/EnrolmentState';
import type { EnrolmentTransition as _siapkerja_training_v1_EnrolmentTransition, EnrolmentTransition__Output as _siapkerja_training_v1_EnrolmentTransition__Output } from '../../../siapkerja/training/v1/EnrolmentTransition';

export interface Enrolment {
  'id'?: (string);
  'batchId'?: (string);
  'programId'?: (string);
  'personId'?: (string);
  'nik'?: (string);
  'name'?: (string);
  'birthDate'?: (string);
  'sex'?: (_siapkerja_training_v1_Sex);
  'state'?: (_siapkerja_training_v1_EnrolmentState);
  'registrant'?: (string);
  'registeredBy'?: (string);
  'regionCode'?: (string);
  'history'?: (_siapkerja_training_v1_EnrolmentTransition)[];
  'programTitle'?: (string);
  'batchStartDate'?: (string);
  'batchEndDate'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
  'eraseTime'?: (string);
  'processingRestrictTime'?: (string);
  'personalDataMasked'?: (boolean);
  'screeningScore'?: (number);
  'selectionScore'?: (number);
  'finalScore'?: (number);
  'waitlistPosition'?: (number);
  'outcomeDate'?: (string);
  'attendancePercent'?: (number);
  'providerId'?: (string);
  'educationLevel'?: (string);
  '_screeningScore'?: "screeningScore";
  '_selectionScore'?: "selectionScore";
  '_finalScore'?: "finalScore";
}

export interface Enrolment__Output {
  'id': (string);
  'batchId': (string);
  'programId': (string);
  'personId': (string);
  'nik': (string);
  'name': (string);
  'birthDate': (string);
  'sex': (_siapkerja_training_v1_Sex__Output);
  'state': (_siapkerja_training_v1_EnrolmentState__Output);
  'registrant': (string);
  'registeredBy': (string);
  'regionCode': (string);
  'history': (_siapkerja_training_v1_EnrolmentTransition__Output)[];
  'programTitle': (string);
  'batchStartDate': (string);
  'batchEndDate': (string);
  'createTime': (string);
  'updateTime': (string);
  'eraseTime': (string);
  'processingRestrictTime': (string);
  'personalDataMasked': (boolean);
  'screeningScore'?: (number);
  'selectionScore'?: (number);
  'finalScore'?: (number);
  'waitlistPosition': (number);
  'outcomeDate': (string);
  'attendancePercent': (number);
  'providerId': (string);
  'educationLevel': (string);
  '_screeningScore'?: "screeningScore";
  '_selectionScore'?: "selectionScore";
  '_finalScore'?: "finalScore";
}
