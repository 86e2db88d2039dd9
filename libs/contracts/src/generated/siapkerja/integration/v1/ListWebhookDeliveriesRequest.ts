// Original file: proto/siapkerja/integration/v1/integration.proto


export interface ListWebhookDeliveriesRequest {
  'status'?: (string);
  'subscriptionId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  '_pageSize'?: "pageSize";
}

export interface ListWebhookDeliveriesRequest__Output {
  'status': (string);
  'subscriptionId': (string);
  'pageSize'?: (number);
  'pageToken': (string);
  '_pageSize'?: "pageSize";
}
