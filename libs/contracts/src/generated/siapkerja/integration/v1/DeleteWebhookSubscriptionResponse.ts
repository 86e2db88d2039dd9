// Original file: proto/siapkerja/integration/v1/integration.proto


export interface DeleteWebhookSubscriptionResponse {
}

export interface DeleteWebhookSubscriptionResponse__Output {
}
