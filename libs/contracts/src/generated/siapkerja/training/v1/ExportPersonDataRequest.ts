// Original file: proto/siapkerja/training/v1/person_data.proto


export interface ExportPersonDataRequest {
  'personId'?: (string);
}

export interface ExportPersonDataRequest__Output {
  'personId': (string);
}
