// Original file: proto/siapkerja/certification/v1/certificates.proto

import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from '../../../siapkerja/certification/v1/Certificate';

export interface ExportPersonDataResponse {
  'certificates'?: (_siapkerja_certification_v1_Certificate)[];
  'eraseTime'?: (string);
  'processingRestrictTime'?: (string);
}

export interface ExportPersonDataResponse__Output {
  'certificates': (_siapkerja_certification_v1_Certificate__Output)[];
  'eraseTime': (string);
  'processingRestrictTime': (string);
}
