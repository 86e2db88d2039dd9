// Original file: proto/siapkerja/identity/v1/identity.proto

import type { PrivacyRequest as _siapkerja_identity_v1_PrivacyRequest, PrivacyRequest__Output as _siapkerja_identity_v1_PrivacyRequest__Output } from '../../../siapkerja/identity/v1/PrivacyRequest';

export interface ListPrivacyRequestsResponse {
  'requests'?: (_siapkerja_identity_v1_PrivacyRequest)[];
  'nextPageToken'?: (string);
}

export interface ListPrivacyRequestsResponse__Output {
  'requests': (_siapkerja_identity_v1_PrivacyRequest__Output)[];
  'nextPageToken': (string);
}
