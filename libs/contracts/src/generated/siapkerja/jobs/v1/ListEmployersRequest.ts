// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto

import type { VerificationStatus as _siapkerja_jobs_v1_VerificationStatus, VerificationStatus__Output as _siapkerja_jobs_v1_VerificationStatus__Output } from '../../../siapkerja/jobs/v1/VerificationStatus';

export interface ListEmployersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'regionCode'?: (string);
  'verificationStatus'?: (_siapkerja_jobs_v1_VerificationStatus);
  'mine'?: (boolean);
}

export interface ListEmployersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'regionCode': (string);
  'verificationStatus': (_siapkerja_jobs_v1_VerificationStatus__Output);
  'mine': (boolean);
}
