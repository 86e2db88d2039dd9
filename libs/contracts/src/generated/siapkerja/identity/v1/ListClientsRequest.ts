// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ListClientsRequest {
}

export interface ListClientsRequest__Output {
}
