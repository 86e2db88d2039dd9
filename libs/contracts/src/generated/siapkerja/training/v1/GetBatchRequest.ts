// Original file: proto/siapkerja/training/v1/batches.proto


export interface GetBatchRequest {
  'id'?: (string);
}

export interface GetBatchRequest__Output {
  'id': (string);
}
