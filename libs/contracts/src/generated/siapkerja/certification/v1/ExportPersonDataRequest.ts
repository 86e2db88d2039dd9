// Original file: proto/siapkerja/certification/v1/assessments.proto


export interface ExportPersonDataRequest {
  'personId'?: (string);
}

export interface ExportPersonDataRequest__Output {
  'personId': (string);
}
