// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { Assessor as _siapkerja_certification_v1_Assessor, Assessor__Output as _siapkerja_certification_v1_Assessor__Output } from '../../../siapkerja/certification/v1/Assessor';

export interface ListAssessorsResponse {
  'assessors'?: (_siapkerja_certification_v1_Assessor)[];
  'nextPageToken'?: (string);
}

export interface ListAssessorsResponse__Output {
  'assessors': (_siapkerja_certification_v1_Assessor__Output)[];
  'nextPageToken': (string);
}
