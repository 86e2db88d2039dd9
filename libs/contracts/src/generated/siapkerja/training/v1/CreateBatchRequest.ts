// Original file: proto/siapkerja/training/v1/batches.proto

import type { Batch as _siapkerja_training_v1_Batch, Batch__Output as _siapkerja_training_v1_Batch__Output } from '../../../siapkerja/training/v1/Batch';

export interface CreateBatchRequest {
  'programId'?: (string);
  'batch'?: (_siapkerja_training_v1_Batch | null);
  'requestId'?: (string);
}

export interface CreateBatchRequest__Output {
  'programId': (string);
  'batch': (_siapkerja_training_v1_Batch__Output | null);
  'requestId': (string);
}
