// Original file: proto/siapkerja/training/v1/outcomes.proto

import type { TrainingHistoryEntry as _siapkerja_training_v1_TrainingHistoryEntry, TrainingHistoryEntry__Output as _siapkerja_training_v1_TrainingHistoryEntry__Output } from '../../../siapkerja/training/v1/TrainingHistoryEntry';

export interface ListMyTrainingHistoryResponse {
  'entries'?: (_siapkerja_training_v1_TrainingHistoryEntry)[];
}

export interface ListMyTrainingHistoryResponse__Output {
  'entries': (_siapkerja_training_v1_TrainingHistoryEntry__Output)[];
}
