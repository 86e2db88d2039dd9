// Original file: proto/siapkerja/identity/v1/identity.proto


export interface GetPrivacyRequestRequest {
  'id'?: (string);
  'accountId'?: (string);
  'administrator'?: (boolean);
}

export interface GetPrivacyRequestRequest__Output {
  'id': (string);
  'accountId': (string);
  'administrator': (boolean);
}
