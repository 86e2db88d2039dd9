// Original file: proto/siapkerja/certification/v1/certification.proto


export interface GetSchemeRequest {
  'id'?: (string);
}

export interface GetSchemeRequest__Output {
  'id': (string);
}
