// Original file: proto/siapkerja/integration/v1/integration.proto


export interface ListWebhookSubscriptionsRequest {
}

export interface ListWebhookSubscriptionsRequest__Output {
}
