// Original file: proto/siapkerja/training/v1/outcomes.proto


export interface ListMyTrainingHistoryRequest {
}

export interface ListMyTrainingHistoryRequest__Output {
}
