// Original file: proto/siapkerja/integration/v1/integration.proto

import type { WebhookDelivery as _siapkerja_integration_v1_WebhookDelivery, WebhookDelivery__Output as _siapkerja_integration_v1_WebhookDelivery__Output } from '../../../siapkerja/integration/v1/WebhookDelivery';

export interface ListWebhookDeliveriesResponse {
  'deliveries'?: (_siapkerja_integration_v1_WebhookDelivery)[];
  'nextPageToken'?: (string);
}

export interface ListWebhookDeliveriesResponse__Output {
  'deliveries': (_siapkerja_integration_v1_WebhookDelivery__Output)[];
  'nextPageToken': (string);
}
