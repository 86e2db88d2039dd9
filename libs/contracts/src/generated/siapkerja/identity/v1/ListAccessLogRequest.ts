// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ListAccessLogRequest {
  'subject'?: (string);
  'actor'?: (string);
  'fromTime'?: (string);
  'toTime'?: (string);
  'pageToken'?: (string);
  'pageSize'?: (number);
}

export interface ListAccessLogRequest__Output {
  'subject': (string);
  'actor': (string);
  'fromTime': (string);
  'toTime': (string);
  'pageToken': (string);
  'pageSize': (number);
}
