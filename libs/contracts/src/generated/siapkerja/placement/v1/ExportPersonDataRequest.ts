// Original file: proto/siapkerja/placement/v1/placement.proto


export interface ExportPersonDataRequest {
  'personId'?: (string);
}

export interface ExportPersonDataRequest__Output {
  'personId': (string);
}
