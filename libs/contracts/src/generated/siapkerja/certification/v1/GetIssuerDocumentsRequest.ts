// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface GetIssuerDocumentsRequest {
}

export interface GetIssuerDocumentsRequest__Output {
}
