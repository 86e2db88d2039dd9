// Original file: proto/siapkerja/training/v1/providers.proto

import type { ProviderKind as _siapkerja_training_v1_ProviderKind, ProviderKind__Output as _siapkerja_training_v1_ProviderKind__Output } from '../../../siapkerja/training/v1/ProviderKind';
import type { Accreditation as _siapkerja_training_v1_Accreditation, Accreditation__Output as _siapkerja_training_v1_Accreditation__Output } from '../../../siapkerja/training/v1/Accreditation';
import type { ProviderContact as _siapkerja_training_v1_ProviderContact, ProviderContact__Output as _siapkerja_training_v1_ProviderContact__Output } from '../../../siapkerja/training/v1/ProviderContact';

export interface TrainingProvider {
  'id'?: (string);
  'kind'?: (_siapkerja_training_v1_ProviderKind);
  'name'?: (string);
  'regionCode'?: (string);
  'accreditation'?: (_siapkerja_training_v1_Accreditation | null);
  'contact'?: (_siapkerja_training_v1_ProviderContact | null);
  'verified'?: (boolean);
  'verifyTime'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
}

export interface TrainingProvider__Output {
  'id': (string);
  'kind': (_siapkerja_training_v1_ProviderKind__Output);
  'name': (string);
  'regionCode': (string);
  'accreditation': (_siapkerja_training_v1_Accreditation__Output | null);
  'contact': (_siapkerja_training_v1_ProviderContact__Output | null);
  'verified': (boolean);
  'verifyTime': (string);
  'createTime': (string);
  'updateTime': (string);
}
