// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Revoked as _siapkerja_identity_v1_Revoked, Revoked__Output as _siapkerja_identity_v1_Revoked__Output } from '../../../siapkerja/identity/v1/Revoked';

export interface Client {
  'clientId'?: (string);
  'name'?: (string);
  'scopes'?: (string)[];
  'roles'?: (string)[];
  'regionCode'?: (string);
  'hmacRequired'?: (boolean);
  'createTime'?: (string);
  'rotateTime'?: (string);
  'revokeTime'?: (string);
  'organizationId'?: (string);
  'revocation'?: (_siapkerja_identity_v1_Revoked | null);
}

export interface Client__Output {
  'clientId': (string);
  'name': (string);
  'scopes': (string)[];
  'roles': (string)[];
  'regionCode': (string);
  'hmacRequired': (boolean);
  'createTime': (string);
  'rotateTime': (string);
  'revokeTime': (string);
  'organizationId': (string);
  'revocation': (_siapkerja_identity_v1_Revoked__Output | null);
}
