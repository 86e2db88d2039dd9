// Original file: proto/siapkerja/identity/v1/identity.proto

import type { AccessRecord as _siapkerja_identity_v1_AccessRecord, AccessRecord__Output as _siapkerja_identity_v1_AccessRecord__Output } from '../../../siapkerja/identity/v1/AccessRecord';

export interface RecordAccessesRequest {
  'records'?: (_siapkerja_identity_v1_AccessRecord)[];
  'correlationId'?: (string);
}

export interface RecordAccessesRequest__Output {
  'records': (_siapkerja_identity_v1_AccessRecord__Output)[];
  'correlationId': (string);
}
