// Original file: proto/siapkerja/integration/v1/bulk_imports.proto


export interface GetImportRequest {
  'id'?: (string);
}

export interface GetImportRequest__Output {
  'id': (string);
}
