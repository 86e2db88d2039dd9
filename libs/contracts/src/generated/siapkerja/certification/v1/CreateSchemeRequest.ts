// Original file: proto/siapkerja/certification/v1/certification.proto

import type { Scheme as _siapkerja_certification_v1_Scheme, Scheme__Output as _siapkerja_certification_v1_Scheme__Output } from '../../../siapkerja/certification/v1/Scheme';

export interface CreateSchemeRequest {
  'scheme'?: (_siapkerja_certification_v1_Scheme | null);
  'requestId'?: (string);
}

export interface CreateSchemeRequest__Output {
  'scheme': (_siapkerja_certification_v1_Scheme__Output | null);
  'requestId': (string);
}
