// Original file: proto/siapkerja/certification/v1/credentials.proto

import type { CredentialVerification as _siapkerja_certification_v1_CredentialVerification, CredentialVerification__Output as _siapkerja_certification_v1_CredentialVerification__Output } from '../../../siapkerja/certification/v1/CredentialVerification';

export interface BatchVerifyCredentialsResponse {
  'results'?: (_siapkerja_certification_v1_CredentialVerification)[];
}

export interface BatchVerifyCredentialsResponse__Output {
  'results': (_siapkerja_certification_v1_CredentialVerification__Output)[];
}
