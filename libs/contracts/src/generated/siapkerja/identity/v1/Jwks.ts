// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Jwk as _siapkerja_identity_v1_Jwk, Jwk__Output as _siapkerja_identity_v1_Jwk__Output } from '../../../siapkerja/identity/v1/Jwk';

export interface Jwks {
  'keys'?: (_siapkerja_identity_v1_Jwk)[];
}

export interface Jwks__Output {
  'keys': (_siapkerja_identity_v1_Jwk__Output)[];
}
