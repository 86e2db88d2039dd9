// Original file: proto/siapkerja/training/v1/batches.proto

import type { BatchState as _siapkerja_training_v1_BatchState, BatchState__Output as _siapkerja_training_v1_BatchState__Output } from '../../../siapkerja/training/v1/BatchState';

export interface TransitionBatchRequest {
  'id'?: (string);
  'toState'?: (_siapkerja_training_v1_BatchState);
  'reason'?: (string);
}

export interface TransitionBatchRequest__Output {
  'id': (string);
  'toState': (_siapkerja_training_v1_BatchState__Output);
  'reason': (string);
}
