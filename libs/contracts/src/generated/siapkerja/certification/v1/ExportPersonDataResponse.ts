// Original file: proto/siapkerja/certification/v1/assessments.proto

import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from '../../../siapkerja/certification/v1/Certificate';
import type { Assessment as _siapkerja_certification_v1_Assessment, Assessment__Output as _siapkerja_certification_v1_Assessment__Output } from '../../../siapkerja/certification/v1/Assessment';

export interface ExportPersonDataResponse {
  'certificates'?: (_siapkerja_certification_v1_Certificate)[];
  'eraseTime'?: (string);
  'processingRestrictTime'?: (string);
  'assessments'?: (_siapkerja_certification_v1_Assessment)[];
}

export interface ExportPersonDataResponse__Output {
  'certificates': (_siapkerja_certification_v1_Certificate__Output)[];
  'eraseTime': (string);
  'processingRestrictTime': (string);
  'assessments': (_siapkerja_certification_v1_Assessment__Output)[];
}
