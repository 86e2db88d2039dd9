// Original file: proto/siapkerja/training/v1/batches.proto

import type { BatchState as _siapkerja_training_v1_BatchState, BatchState__Output as _siapkerja_training_v1_BatchState__Output } from '../../../siapkerja/training/v1/BatchState';

export interface ListBatchesRequest {
  'programId'?: (string);
  'state'?: (_siapkerja_training_v1_BatchState);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListBatchesRequest__Output {
  'programId': (string);
  'state': (_siapkerja_training_v1_BatchState__Output);
  'pageSize': (number);
  'pageToken': (string);
}
