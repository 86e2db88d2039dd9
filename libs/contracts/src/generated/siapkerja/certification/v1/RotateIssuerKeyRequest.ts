// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface RotateIssuerKeyRequest {
}

export interface RotateIssuerKeyRequest__Output {
}
