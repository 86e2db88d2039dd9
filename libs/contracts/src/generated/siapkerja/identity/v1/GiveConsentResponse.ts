// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Consent as _siapkerja_identity_v1_Consent, Consent__Output as _siapkerja_identity_v1_Consent__Output } from '../../../siapkerja/identity/v1/Consent';

export interface GiveConsentResponse {
  'consent'?: (_siapkerja_identity_v1_Consent | null);
  'created'?: (boolean);
}

export interface GiveConsentResponse__Output {
  'consent': (_siapkerja_identity_v1_Consent__Output | null);
  'created': (boolean);
}
