// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto


export interface ListEmployerMembersRequest {
  'employerId'?: (string);
}

export interface ListEmployerMembersRequest__Output {
  'employerId': (string);
}
