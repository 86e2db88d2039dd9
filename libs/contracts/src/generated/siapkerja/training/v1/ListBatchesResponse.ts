// Original file: proto/siapkerja/training/v1/batches.proto

import type { Batch as _siapkerja_training_v1_Batch, Batch__Output as _siapkerja_training_v1_Batch__Output } from '../../../siapkerja/training/v1/Batch';

export interface ListBatchesResponse {
  'batches'?: (_siapkerja_training_v1_Batch)[];
  'nextPageToken'?: (string);
}

export interface ListBatchesResponse__Output {
  'batches': (_siapkerja_training_v1_Batch__Output)[];
  'nextPageToken': (string);
}
