// Original file: proto/siapkerja/identity/v1/identity.proto

import type { AccessActor as _siapkerja_identity_v1_AccessActor, AccessActor__Output as _siapkerja_identity_v1_AccessActor__Output } from '../../../siapkerja/identity/v1/AccessActor';

export interface ExportPersonalDataRequest {
  'requestId'?: (string);
  'accountId'?: (string);
  'actor'?: (_siapkerja_identity_v1_AccessActor | null);
  'serviceFields'?: (string)[];
}

export interface ExportPersonalDataRequest__Output {
  'requestId': (string);
  'accountId': (string);
  'actor': (_siapkerja_identity_v1_AccessActor__Output | null);
  'serviceFields': (string)[];
}
