// Original file: proto/siapkerja/integration/v1/integration.proto


export interface DeleteWebhookSubscriptionRequest {
  'id'?: (string);
}

export interface DeleteWebhookSubscriptionRequest__Output {
  'id': (string);
}
