// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto

import type { VerificationStatus as _siapkerja_jobs_v1_VerificationStatus, VerificationStatus__Output as _siapkerja_jobs_v1_VerificationStatus__Output } from '../../../siapkerja/jobs/v1/VerificationStatus';

export interface VerifyEmployerRequest {
  'id'?: (string);
  'status'?: (_siapkerja_jobs_v1_VerificationStatus);
  'note'?: (string);
}

export interface VerifyEmployerRequest__Output {
  'id': (string);
  'status': (_siapkerja_jobs_v1_VerificationStatus__Output);
  'note': (string);
}
