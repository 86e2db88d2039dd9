// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { Assessor as _siapkerja_certification_v1_Assessor, Assessor__Output as _siapkerja_certification_v1_Assessor__Output } from '../../../siapkerja/certification/v1/Assessor';

export interface CreateAssessorRequest {
  'assessor'?: (_siapkerja_certification_v1_Assessor | null);
  'requestId'?: (string);
}

export interface CreateAssessorRequest__Output {
  'assessor': (_siapkerja_certification_v1_Assessor__Output | null);
  'requestId': (string);
}
