// Original file: proto/siapkerja/training/v1/batches.proto

import type { BatchMode as _siapkerja_training_v1_BatchMode, BatchMode__Output as _siapkerja_training_v1_BatchMode__Output } from '../../../siapkerja/training/v1/BatchMode';
import type { BatchState as _siapkerja_training_v1_BatchState, BatchState__Output as _siapkerja_training_v1_BatchState__Output } from '../../../siapkerja/training/v1/BatchState';
import type { BatchSession as _siapkerja_training_v1_BatchSession, BatchSession__Output as _siapkerja_training_v1_BatchSession__Output } from '../../../siapkerja/training/v1/BatchSession';

export interface Batch {
  'id'?: (string);
  'programId'?: (string);
  'startDate'?: (string);
  'endDate'?: (string);
  'registrationOpens'?: (string);
  'registrationCloses'?: (string);
  'capacity'?: (number);
  'regionCode'?: (string);
  'mode'?: (_siapkerja_training_v1_BatchMode);
  'state'?: (_siapkerja_training_v1_BatchState);
  'acceptedCount'?: (number);
  'cancelReason'?: (string);
  'programTitle'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
  'sessions'?: (_siapkerja_training_v1_BatchSession)[];
  'waitlistedCount'?: (number);
  'providerId'?: (string);
}

export interface Batch__Output {
  'id': (string);
  'programId': (string);
  'startDate': (string);
  'endDate': (string);
  'registrationOpens': (string);
  'registrationCloses': (string);
  'capacity': (number);
  'regionCode': (string);
  'mode': (_siapkerja_training_v1_BatchMode__Output);
  'state': (_siapkerja_training_v1_BatchState__Output);
  'acceptedCount': (number);
  'cancelReason': (string);
  'programTitle': (string);
  'createTime': (string);
  'updateTime': (string);
  'sessions': (_siapkerja_training_v1_BatchSession__Output)[];
  'waitlistedCount': (number);
  'providerId': (string);
}
