// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface ListGroupsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'regionCode'?: (string);
  'programId'?: (string);
  'status'?: (string);
}

export interface ListGroupsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'regionCode': (string);
  'programId': (string);
  'status': (string);
}
