// Original file: proto/siapkerja/integration/v1/integration.proto


export interface ListWebhookDeliveriesRequest {
  'status'?: (string);
  'subscriptionId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListWebhookDeliveriesRequest__Output {
  'status': (string);
  'subscriptionId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
