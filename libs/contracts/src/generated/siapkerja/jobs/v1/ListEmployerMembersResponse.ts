// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto

import type { EmployerMember as _siapkerja_jobs_v1_EmployerMember, EmployerMember__Output as _siapkerja_jobs_v1_EmployerMember__Output } from '../../../siapkerja/jobs/v1/EmployerMember';

export interface ListEmployerMembersResponse {
  'members'?: (_siapkerja_jobs_v1_EmployerMember)[];
}

export interface ListEmployerMembersResponse__Output {
  'members': (_siapkerja_jobs_v1_EmployerMember__Output)[];
}
