// Original file: proto/siapkerja/integration/v1/integration.proto


export interface ListWebhookEventTypesResponse {
  'eventTypes'?: (string)[];
}

export interface ListWebhookEventTypesResponse__Output {
  'eventTypes': (string)[];
}
