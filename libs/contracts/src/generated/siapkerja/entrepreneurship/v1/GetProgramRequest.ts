// Original file: proto/siapkerja/entrepreneurship/v1/programs.proto


export interface GetProgramRequest {
  'id'?: (string);
}

export interface GetProgramRequest__Output {
  'id': (string);
}
