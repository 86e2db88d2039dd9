// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto

import type { EmployerMemberRole as _siapkerja_jobs_v1_EmployerMemberRole, EmployerMemberRole__Output as _siapkerja_jobs_v1_EmployerMemberRole__Output } from '../../../siapkerja/jobs/v1/EmployerMemberRole';

export interface AddEmployerMemberRequest {
  'employerId'?: (string);
  'accountId'?: (string);
  'role'?: (_siapkerja_jobs_v1_EmployerMemberRole);
}

export interface AddEmployerMemberRequest__Output {
  'employerId': (string);
  'accountId': (string);
  'role': (_siapkerja_jobs_v1_EmployerMemberRole__Output);
}
