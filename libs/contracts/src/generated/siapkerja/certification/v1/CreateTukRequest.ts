// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { Tuk as _siapkerja_certification_v1_Tuk, Tuk__Output as _siapkerja_certification_v1_Tuk__Output } from '../../../siapkerja/certification/v1/Tuk';

export interface CreateTukRequest {
  'tuk'?: (_siapkerja_certification_v1_Tuk | null);
  'requestId'?: (string);
}

export interface CreateTukRequest__Output {
  'tuk': (_siapkerja_certification_v1_Tuk__Output | null);
  'requestId': (string);
}
