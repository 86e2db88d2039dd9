// Original file: proto/siapkerja/integration/v1/bulk_imports.proto


export interface CompleteImportRequest {
  'importId'?: (string);
}

export interface CompleteImportRequest__Output {
  'importId': (string);
}
