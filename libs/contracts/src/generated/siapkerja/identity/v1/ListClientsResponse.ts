// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Client as _siapkerja_identity_v1_Client, Client__Output as _siapkerja_identity_v1_Client__Output } from '../../../siapkerja/identity/v1/Client';

export interface ListClientsResponse {
  'clients'?: (_siapkerja_identity_v1_Client)[];
}

export interface ListClientsResponse__Output {
  'clients': (_siapkerja_identity_v1_Client__Output)[];
}
