// Original file: proto/siapkerja/certification/v1/assessments.proto

import type { UnitVerdict as _siapkerja_certification_v1_UnitVerdict, UnitVerdict__Output as _siapkerja_certification_v1_UnitVerdict__Output } from '../../../siapkerja/certification/v1/UnitVerdict';

export interface UnitResult {
  'unitCode'?: (string);
  'verdict'?: (_siapkerja_certification_v1_UnitVerdict);
  'notes'?: (string);
}

export interface UnitResult__Output {
  'unitCode': (string);
  'verdict': (_siapkerja_certification_v1_UnitVerdict__Output);
  'notes': (string);
}
