// Original file: proto/siapkerja/training/v1/training.proto


export interface GetProgramRequest {
  'id'?: (string);
}

export interface GetProgramRequest__Output {
  'id': (string);
}
