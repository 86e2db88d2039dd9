// Original file: proto/siapkerja/integration/v1/integration.proto


export interface ListWebhookEventTypesRequest {
}

export interface ListWebhookEventTypesRequest__Output {
}
