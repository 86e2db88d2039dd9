// Original file: proto/siapkerja/training/v1/training.proto


export interface WithdrawProgramRequest {
  'id'?: (string);
  'reason'?: (string);
}

export interface WithdrawProgramRequest__Output {
  'id': (string);
  'reason': (string);
}
