// Original file: proto/siapkerja/jobs/v1/employer_accounts.proto


export interface RemoveEmployerMemberResponse {
}

export interface RemoveEmployerMemberResponse__Output {
}
