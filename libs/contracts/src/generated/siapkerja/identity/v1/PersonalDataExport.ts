// Original file: proto/siapkerja/identity/v1/identity.proto

import type { PrivacyRequest as _siapkerja_identity_v1_PrivacyRequest, PrivacyRequest__Output as _siapkerja_identity_v1_PrivacyRequest__Output } from '../../../siapkerja/identity/v1/PrivacyRequest';
import type { ExportedAccount as _siapkerja_identity_v1_ExportedAccount, ExportedAccount__Output as _siapkerja_identity_v1_ExportedAccount__Output } from '../../../siapkerja/identity/v1/ExportedAccount';
import type { Consent as _siapkerja_identity_v1_Consent, Consent__Output as _siapkerja_identity_v1_Consent__Output } from '../../../siapkerja/identity/v1/Consent';
import type { AccessLogEntry as _siapkerja_identity_v1_AccessLogEntry, AccessLogEntry__Output as _siapkerja_identity_v1_AccessLogEntry__Output } from '../../../siapkerja/identity/v1/AccessLogEntry';

export interface PersonalDataExport {
  'request'?: (_siapkerja_identity_v1_PrivacyRequest | null);
  'account'?: (_siapkerja_identity_v1_ExportedAccount | null);
  'consents'?: (_siapkerja_identity_v1_Consent)[];
  'requests'?: (_siapkerja_identity_v1_PrivacyRequest)[];
  'accessLog'?: (_siapkerja_identity_v1_AccessLogEntry)[];
}

export interface PersonalDataExport__Output {
  'request': (_siapkerja_identity_v1_PrivacyRequest__Output | null);
  'account': (_siapkerja_identity_v1_ExportedAccount__Output | null);
  'consents': (_siapkerja_identity_v1_Consent__Output)[];
  'requests': (_siapkerja_identity_v1_PrivacyRequest__Output)[];
  'accessLog': (_siapkerja_identity_v1_AccessLogEntry__Output)[];
}
