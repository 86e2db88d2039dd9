// Original file: proto/siapkerja/certification/v1/lsps.proto


export interface GetLspRequest {
  'id'?: (string);
}

export interface GetLspRequest__Output {
  'id': (string);
}
