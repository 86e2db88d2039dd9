// Original file: proto/siapkerja/identity/v1/identity.proto


export interface WithdrawConsentRequest {
  'accountId'?: (string);
  'purpose'?: (string);
}

export interface WithdrawConsentRequest__Output {
  'accountId': (string);
  'purpose': (string);
}
