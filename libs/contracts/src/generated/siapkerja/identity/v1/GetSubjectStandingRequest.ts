// Original file: proto/siapkerja/identity/v1/identity.proto


export interface GetSubjectStandingRequest {
  'subject'?: (string);
}

export interface GetSubjectStandingRequest__Output {
  'subject': (string);
}
