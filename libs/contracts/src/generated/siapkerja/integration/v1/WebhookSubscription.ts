// Original file: proto/siapkerja/integration/v1/integration.proto


export interface WebhookSubscription {
  'id'?: (string);
  'url'?: (string);
  'eventTypes'?: (string)[];
  'regions'?: (string)[];
  'description'?: (string);
  'active'?: (boolean);
  'createTime'?: (string);
}

export interface WebhookSubscription__Output {
  'id': (string);
  'url': (string);
  'eventTypes': (string)[];
  'regions': (string)[];
  'description': (string);
  'active': (boolean);
  'createTime': (string);
}
