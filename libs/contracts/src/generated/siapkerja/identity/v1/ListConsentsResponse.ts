// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Consent as _siapkerja_identity_v1_Consent, Consent__Output as _siapkerja_identity_v1_Consent__Output } from '../../../siapkerja/identity/v1/Consent';

export interface ListConsentsResponse {
  'consents'?: (_siapkerja_identity_v1_Consent)[];
}

export interface ListConsentsResponse__Output {
  'consents': (_siapkerja_identity_v1_Consent__Output)[];
}
