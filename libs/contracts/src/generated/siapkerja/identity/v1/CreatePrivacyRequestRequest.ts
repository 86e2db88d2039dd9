// Original file: proto/siapkerja/identity/v1/identity.proto


export interface CreatePrivacyRequestRequest {
  'accountId'?: (string);
  'type'?: (string);
  'details'?: (string);
}

export interface CreatePrivacyRequestRequest__Output {
  'accountId': (string);
  'type': (string);
  'details': (string);
}
