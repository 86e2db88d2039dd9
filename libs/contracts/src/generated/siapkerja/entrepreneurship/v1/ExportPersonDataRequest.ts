// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface ExportPersonDataRequest {
  'personId'?: (string);
}

export interface ExportPersonDataRequest__Output {
  'personId': (string);
}
