// Original file: proto/siapkerja/training/v1/providers.proto

import type { ProviderKind as _siapkerja_training_v1_ProviderKind, ProviderKind__Output as _siapkerja_training_v1_ProviderKind__Output } from '../../../siapkerja/training/v1/ProviderKind';

export interface ListTrainingProvidersRequest {
  'regionCode'?: (string);
  'kind'?: (_siapkerja_training_v1_ProviderKind);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListTrainingProvidersRequest__Output {
  'regionCode': (string);
  'kind': (_siapkerja_training_v1_ProviderKind__Output);
  'pageSize': (number);
  'pageToken': (string);
}
