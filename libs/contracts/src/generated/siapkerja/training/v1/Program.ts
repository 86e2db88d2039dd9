// Original file: proto/siapkerja/training/v1/training.proto

import type { ProgramMode as _siapkerja_training_v1_ProgramMode, ProgramMode__Output as _siapkerja_training_v1_ProgramMode__Output } from '../../../siapkerja/training/v1/ProgramMode';
import type { EligibilityRules as _siapkerja_training_v1_EligibilityRules, EligibilityRules__Output as _siapkerja_training_v1_EligibilityRules__Output } from '../../../siapkerja/training/v1/EligibilityRules';
import type { ProgramState as _siapkerja_training_v1_ProgramState, ProgramState__Output as _siapkerja_training_v1_ProgramState__Output } from '../../../siapkerja/training/v1/ProgramState';
import type { ProviderKind as _siapkerja_training_v1_ProviderKind, ProviderKind__Output as _siapkerja_training_v1_ProviderKind__Output } from '../../../siapkerja/training/v1/ProviderKind';
import type { Long } from '@grpc/proto-loader';

export interface Program {
  'id'?: (string);
  'providerName'?: (string);
  'title'?: (string);
  'regionCode'?: (string);
  'kbjiCode'?: (string);
  'competencyUnits'?: (string)[];
  'durationDays'?: (number);
  'capacity'?: (number);
  'createTime'?: (string);
  'ownerClientId'?: (string);
  'providerId'?: (string);
  'description'?: (string);
  'certificationSchemeId'?: (string);
  'durationHours'?: (number);
  'mode'?: (_siapkerja_training_v1_ProgramMode);
  'eligibility'?: (_siapkerja_training_v1_EligibilityRules | null);
  'costIdr'?: (number | string | Long);
  'state'?: (_siapkerja_training_v1_ProgramState);
  'attendanceThresholdPercent'?: (number);
  'passingScore'?: (number);
  'providerKind'?: (_siapkerja_training_v1_ProviderKind);
  'updateTime'?: (string);
  'hasOpenBatch'?: (boolean);
}

export interface Program__Output {
  'id': (string);
  'providerName': (string);
  'title': (string);
  'regionCode': (string);
  'kbjiCode': (string);
  'competencyUnits': (string)[];
  'durationDays': (number);
  'capacity': (number);
  'createTime': (string);
  'ownerClientId': (string);
  'providerId': (string);
  'description': (string);
  'certificationSchemeId': (string);
  'durationHours': (number);
  'mode': (_siapkerja_training_v1_ProgramMode__Output);
  'eligibility': (_siapkerja_training_v1_EligibilityRules__Output | null);
  'costIdr': (string);
  'state': (_siapkerja_training_v1_ProgramState__Output);
  'attendanceThresholdPercent': (number);
  'passingScore': (number);
  'providerKind': (_siapkerja_training_v1_ProviderKind__Output);
  'updateTime': (string);
  'hasOpenBatch': (boolean);
}
