// Original file: proto/siapkerja/integration/v1/integration.proto


export interface CreateWebhookSubscriptionRequest {
  'url'?: (string);
  'eventTypes'?: (string)[];
  'regions'?: (string)[];
  'description'?: (string);
}

export interface CreateWebhookSubscriptionRequest__Output {
  'url': (string);
  'eventTypes': (string)[];
  'regions': (string)[];
  'description': (string);
}
