// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface ExportPersonDataRequest {
  'personId'?: (string);
}

export interface ExportPersonDataRequest__Output {
  'personId': (string);
}
