// Original file: proto/siapkerja/integration/v1/integration.proto

import type { WebhookSubscription as _siapkerja_integration_v1_WebhookSubscription, WebhookSubscription__Output as _siapkerja_integration_v1_WebhookSubscription__Output } from '../../../siapkerja/integration/v1/WebhookSubscription';

export interface CreatedWebhookSubscription {
  'subscription'?: (_siapkerja_integration_v1_WebhookSubscription | null);
  'secret'?: (string);
}

export interface CreatedWebhookSubscription__Output {
  'subscription': (_siapkerja_integration_v1_WebhookSubscription__Output | null);
  'secret': (string);
}
