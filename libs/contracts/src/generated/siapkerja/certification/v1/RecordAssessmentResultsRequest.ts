// Original file: proto/siapkerja/certification/v1/assessments.proto

import type { UnitResult as _siapkerja_certification_v1_UnitResult, UnitResult__Output as _siapkerja_certification_v1_UnitResult__Output } from '../../../siapkerja/certification/v1/UnitResult';

export interface RecordAssessmentResultsRequest {
  'id'?: (string);
  'results'?: (_siapkerja_certification_v1_UnitResult)[];
}

export interface RecordAssessmentResultsRequest__Output {
  'id': (string);
  'results': (_siapkerja_certification_v1_UnitResult__Output)[];
}
