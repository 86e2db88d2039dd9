// Original file: proto/siapkerja/identity/v1/identity.proto

import type { Revoked as _siapkerja_identity_v1_Revoked, Revoked__Output as _siapkerja_identity_v1_Revoked__Output } from '../../../siapkerja/identity/v1/Revoked';

export interface PrivacyRequest {
  'id'?: (string);
  'type'?: (string);
  'status'?: (string);
  'personId'?: (string);
  'details'?: (string);
  'resolution'?: (string);
  'eventId'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
  'completeTime'?: (string);
  'exportUrl'?: (string);
  'accountId'?: (string);
  'revocation'?: (_siapkerja_identity_v1_Revoked | null);
}

export interface PrivacyRequest__Output {
  'id': (string);
  'type': (string);
  'status': (string);
  'personId': (string);
  'details': (string);
  'resolution': (string);
  'eventId': (string);
  'createTime': (string);
  'updateTime': (string);
  'completeTime': (string);
  'exportUrl': (string);
  'accountId': (string);
  'revocation': (_siapkerja_identity_v1_Revoked__Output | null);
}
