// Original file: proto/siapkerja/identity/v1/identity.proto


export interface PrivacyRequest {
  'id'?: (string);
  'type'?: (string);
  'status'?: (string);
  'personId'?: (string);
  'details'?: (string);
  'resolution'?: (string);
  'eventId'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
  'completeTime'?: (string);
  'exportUrl'?: (string);
  'accountId'?: (string);
}

export interface PrivacyRequest__Output {
  'id': (string);
  'type': (string);
  'status': (string);
  'personId': (string);
  'details': (string);
  'resolution': (string);
  'eventId': (string);
  'createTime': (string);
  'updateTime': (string);
  'completeTime': (string);
  'exportUrl': (string);
  'accountId': (string);
}
