// Original file: proto/siapkerja/identity/v1/identity.proto


export interface GiveConsentRequest {
  'accountId'?: (string);
  'purpose'?: (string);
  'policyVersion'?: (string);
}

export interface GiveConsentRequest__Output {
  'accountId': (string);
  'purpose': (string);
  'policyVersion': (string);
}
