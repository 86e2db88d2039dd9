// Original file: proto/siapkerja/placement/v1/placement.proto


export interface ListPlacementsRequest {
  'regionCode'?: (string);
  'month'?: (string);
  'channel'?: (string);
  'source'?: (string);
  'kbjiCode'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListPlacementsRequest__Output {
  'regionCode': (string);
  'month': (string);
  'channel': (string);
  'source': (string);
  'kbjiCode': (string);
  'pageSize': (number);
  'pageToken': (string);
}
