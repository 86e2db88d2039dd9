// Original file: proto/siapkerja/training/v1/providers.proto

import type { TrainingProvider as _siapkerja_training_v1_TrainingProvider, TrainingProvider__Output as _siapkerja_training_v1_TrainingProvider__Output } from '../../../siapkerja/training/v1/TrainingProvider';

export interface ListTrainingProvidersResponse {
  'providers'?: (_siapkerja_training_v1_TrainingProvider)[];
  'nextPageToken'?: (string);
}

export interface ListTrainingProvidersResponse__Output {
  'providers': (_siapkerja_training_v1_TrainingProvider__Output)[];
  'nextPageToken': (string);
}
