// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Revoked as _siapkerja_identity_v1_Revoked, Revoked__Output as _siapkerja_identity_v1_Revoked__Output } from '../../../siapkerja/identity/v1/Revoked';

export interface EndSessionResponse {
  'revocation'?: (_siapkerja_identity_v1_Revoked | null);
}

export interface EndSessionResponse__Output {
  'revocation': (_siapkerja_identity_v1_Revoked__Output | null);
}
