// Original file: proto/siapkerja/integration/v1/integration.proto


export interface FeedItem {
  'cursor'?: (string);
  'op'?: (string);
  'id'?: (string);
  'dataJson'?: (string);
  'regionCode'?: (string);
  'occurTime'?: (string);
  'withheld'?: (string);
}

export interface FeedItem__Output {
  'cursor': (string);
  'op': (string);
  'id': (string);
  'dataJson': (string);
  'regionCode': (string);
  'occurTime': (string);
  'withheld': (string);
}
