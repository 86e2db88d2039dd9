// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto


export interface RemoveEmployerMemberRequest {
  'employerId'?: (string);
  'accountId'?: (string);
}

export interface RemoveEmployerMemberRequest__Output {
  'employerId': (string);
  'accountId': (string);
}
