// Original file: proto/siapkerja/integration/v1/integration.proto


export interface GetWebhookSubscriptionRequest {
  'id'?: (string);
}

export interface GetWebhookSubscriptionRequest__Output {
  'id': (string);
}
