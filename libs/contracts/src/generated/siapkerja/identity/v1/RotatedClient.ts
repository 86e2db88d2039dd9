// Original file: proto/siapkerja/identity/v1/identity.proto

import type { ClientWithSecrets as _siapkerja_identity_v1_ClientWithSecrets, ClientWithSecrets__Output as _siapkerja_identity_v1_ClientWithSecrets__Output } from '../../../siapkerja/identity/v1/ClientWithSecrets';
import type { Revoked as _siapkerja_identity_v1_Revoked, Revoked__Output as _siapkerja_identity_v1_Revoked__Output } from '../../../siapkerja/identity/v1/Revoked';

export interface RotatedClient {
  'client'?: (_siapkerja_identity_v1_ClientWithSecrets | null);
  'previousValidUntil'?: (string);
  'revocation'?: (_siapkerja_identity_v1_Revoked | null);
}

export interface RotatedClient__Output {
  'client': (_siapkerja_identity_v1_ClientWithSecrets__Output | null);
  'previousValidUntil': (string);
  'revocation': (_siapkerja_identity_v1_Revoked__Output | null);
}
