// Original file: proto/siapkerja/identity/v1/identity.proto


export interface Consent {
  'id'?: (string);
  'purpose'?: (string);
  'policyVersion'?: (string);
  'status'?: (string);
  'giveTime'?: (string);
  'withdrawTime'?: (string);
  'supersedeTime'?: (string);
  'supersededBy'?: (string);
}

export interface Consent__Output {
  'id': (string);
  'purpose': (string);
  'policyVersion': (string);
  'status': (string);
  'giveTime': (string);
  'withdrawTime': (string);
  'supersedeTime': (string);
  'supersededBy': (string);
}
