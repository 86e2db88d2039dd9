// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto

export const EmployerMemberRole = {
  EMPLOYER_MEMBER_ROLE_UNSPECIFIED: 'EMPLOYER_MEMBER_ROLE_UNSPECIFIED',
  EMPLOYER_MEMBER_ROLE_OWNER: 'EMPLOYER_MEMBER_ROLE_OWNER',
  EMPLOYER_MEMBER_ROLE_MEMBER: 'EMPLOYER_MEMBER_ROLE_MEMBER',
} as const;

export type EmployerMemberRole =
  | 'EMPLOYER_MEMBER_ROLE_UNSPECIFIED'
  | 0
  | 'EMPLOYER_MEMBER_ROLE_OWNER'
  | 1
  | 'EMPLOYER_MEMBER_ROLE_MEMBER'
  | 2

export type EmployerMemberRole__Output = typeof EmployerMemberRole[keyof typeof EmployerMemberRole]
