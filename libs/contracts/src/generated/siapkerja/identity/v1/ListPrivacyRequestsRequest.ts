// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ListPrivacyRequestsRequest {
  'status'?: (string);
  'type'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListPrivacyRequestsRequest__Output {
  'status': (string);
  'type': (string);
  'pageSize': (number);
  'pageToken': (string);
}
