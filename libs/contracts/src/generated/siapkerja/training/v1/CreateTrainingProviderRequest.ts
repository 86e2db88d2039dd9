// Original file: proto/siapkerja/training/v1/providers.proto

import type { TrainingProvider as _siapkerja_training_v1_TrainingProvider, TrainingProvider__Output as _siapkerja_training_v1_TrainingProvider__Output } from '../../../siapkerja/training/v1/TrainingProvider';

export interface CreateTrainingProviderRequest {
  'provider'?: (_siapkerja_training_v1_TrainingProvider | null);
  'requestId'?: (string);
}

export interface CreateTrainingProviderRequest__Output {
  'provider': (_siapkerja_training_v1_TrainingProvider__Output | null);
  'requestId': (string);
}
