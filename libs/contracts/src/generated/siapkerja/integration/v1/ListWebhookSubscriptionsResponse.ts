// Original file: proto/siapkerja/integration/v1/integration.proto

import type { WebhookSubscription as _siapkerja_integration_v1_WebhookSubscription, WebhookSubscription__Output as _siapkerja_integration_v1_WebhookSubscription__Output } from '../../../siapkerja/integration/v1/WebhookSubscription';

export interface ListWebhookSubscriptionsResponse {
  'subscriptions'?: (_siapkerja_integration_v1_WebhookSubscription)[];
}

export interface ListWebhookSubscriptionsResponse__Output {
  'subscriptions': (_siapkerja_integration_v1_WebhookSubscription__Output)[];
}
