// Original file: proto/siapkerja/training/v1/training.proto


export interface PublishProgramRequest {
  'id'?: (string);
}

export interface PublishProgramRequest__Output {
  'id': (string);
}
