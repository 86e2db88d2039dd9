// Original file: proto/siapkerja/training/v1/providers.proto


export interface GetTrainingProviderRequest {
  'id'?: (string);
}

export interface GetTrainingProviderRequest__Output {
  'id': (string);
}
