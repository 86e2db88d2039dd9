// Original file: proto/siapkerja/certification/v1/credentials.proto

import type { VerifyCredentialRequest as _siapkerja_certification_v1_VerifyCredentialRequest, VerifyCredentialRequest__Output as _siapkerja_certification_v1_VerifyCredentialRequest__Output } from '../../../siapkerja/certification/v1/VerifyCredentialRequest';

export interface BatchVerifyCredentialsRequest {
  'items'?: (_siapkerja_certification_v1_VerifyCredentialRequest)[];
}

export interface BatchVerifyCredentialsRequest__Output {
  'items': (_siapkerja_certification_v1_VerifyCredentialRequest__Output)[];
}
