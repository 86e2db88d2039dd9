// Original file: proto/siapkerja/integration/v1/integration.proto


export interface ReplayWebhookDeliveryRequest {
  'id'?: (string);
}

export interface ReplayWebhookDeliveryRequest__Output {
  'id': (string);
}
