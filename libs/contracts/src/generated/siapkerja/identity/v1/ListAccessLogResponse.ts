// Original file: proto/siapkerja/identity/v1/identity.proto

import type { AccessLogEntry as _siapkerja_identity_v1_AccessLogEntry, AccessLogEntry__Output as _siapkerja_identity_v1_AccessLogEntry__Output } from '../../../siapkerja/identity/v1/AccessLogEntry';

export interface ListAccessLogResponse {
  'entries'?: (_siapkerja_identity_v1_AccessLogEntry)[];
  'nextPageToken'?: (string);
}

export interface ListAccessLogResponse__Output {
  'entries': (_siapkerja_identity_v1_AccessLogEntry__Output)[];
  'nextPageToken': (string);
}
