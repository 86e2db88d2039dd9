// Original file: proto/siapkerja/integration/v1/integration.proto


export interface GetWebhookDeliveryRequest {
  'id'?: (string);
}

export interface GetWebhookDeliveryRequest__Output {
  'id': (string);
}
