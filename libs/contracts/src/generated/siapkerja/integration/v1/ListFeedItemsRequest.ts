// Original file: proto/siapkerja/integration/v1/integration.proto


export interface ListFeedItemsRequest {
  'resource'?: (string);
  'after'?: (string);
  'pageSize'?: (number);
  'region'?: (string);
  'ifNoneMatch'?: (string);
  '_pageSize'?: "pageSize";
}

export interface ListFeedItemsRequest__Output {
  'resource': (string);
  'after': (string);
  'pageSize'?: (number);
  'region': (string);
  'ifNoneMatch': (string);
  '_pageSize'?: "pageSize";
}
