// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Client as _siapkerja_identity_v1_Client, Client__Output as _siapkerja_identity_v1_Client__Output } from '../../../siapkerja/identity/v1/Client';

export interface ClientWithSecrets {
  'client'?: (_siapkerja_identity_v1_Client | null);
  'clientSecret'?: (string);
  'hmacSecret'?: (string);
}

export interface ClientWithSecrets__Output {
  'client': (_siapkerja_identity_v1_Client__Output | null);
  'clientSecret': (string);
  'hmacSecret': (string);
}
