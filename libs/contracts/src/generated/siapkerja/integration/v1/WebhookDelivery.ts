// Original file: proto/siapkerja/integration/v1/integration.proto

import type { WebhookDeliveryAttempt as _siapkerja_integration_v1_WebhookDeliveryAttempt, WebhookDeliveryAttempt__Output as _siapkerja_integration_v1_WebhookDeliveryAttempt__Output } from '../../../siapkerja/integration/v1/WebhookDeliveryAttempt';

export interface WebhookDelivery {
  'id'?: (string);
  'subscriptionId'?: (string);
  'eventId'?: (string);
  'eventType'?: (string);
  'status'?: (string);
  'attempt'?: (number);
  'nextAttemptTime'?: (string);
  'lastStatus'?: (number);
  'lastError'?: (string);
  'deliverTime'?: (string);
  'createTime'?: (string);
  'eventJson'?: (string);
  'attempts'?: (_siapkerja_integration_v1_WebhookDeliveryAttempt)[];
}

export interface WebhookDelivery__Output {
  'id': (string);
  'subscriptionId': (string);
  'eventId': (string);
  'eventType': (string);
  'status': (string);
  'attempt': (number);
  'nextAttemptTime': (string);
  'lastStatus': (number);
  'lastError': (string);
  'deliverTime': (string);
  'createTime': (string);
  'eventJson': (string);
  'attempts': (_siapkerja_integration_v1_WebhookDeliveryAttempt__Output)[];
}
