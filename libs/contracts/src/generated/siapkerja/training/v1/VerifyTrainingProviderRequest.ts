// Original file: proto/siapkerja/training/v1/providers.proto

import type { Accreditation as _siapkerja_training_v1_Accreditation, Accreditation__Output as _siapkerja_training_v1_Accreditation__Output } from '../../../siapkerja/training/v1/Accreditation';

export interface VerifyTrainingProviderRequest {
  'id'?: (string);
  'accreditation'?: (_siapkerja_training_v1_Accreditation | null);
}

export interface VerifyTrainingProviderRequest__Output {
  'id': (string);
  'accreditation': (_siapkerja_training_v1_Accreditation__Output | null);
}
