// Original file: proto/siapkerja/identity/v1/identity.proto


export interface IssueClientTokenRequest {
  'clientId'?: (string);
  'clientSecret'?: (string);
  'scope'?: (string);
  'grantType'?: (string);
  'authorization'?: (string);
}

export interface IssueClientTokenRequest__Output {
  'clientId': (string);
  'clientSecret': (string);
  'scope': (string);
  'grantType': (string);
  'authorization': (string);
}
