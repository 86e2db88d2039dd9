// Original file: proto/siapkerja/integration/v1/integration.proto


export interface WebhookDeliveryAttempt {
  'attempt'?: (number);
  'statusCode'?: (number);
  'error'?: (string);
  'durationMs'?: (number);
  'attemptTime'?: (string);
}

export interface WebhookDeliveryAttempt__Output {
  'attempt': (number);
  'statusCode': (number);
  'error': (string);
  'durationMs': (number);
  'attemptTime': (string);
}
