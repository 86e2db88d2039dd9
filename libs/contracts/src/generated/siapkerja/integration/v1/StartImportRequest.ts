// Original file: proto/siapkerja/integration/v1/bulk_imports.proto


export interface StartImportRequest {
  'idempotencyKey'?: (string);
  'async'?: (boolean);
}

export interface StartImportRequest__Output {
  'idempotencyKey': (string);
  'async': (boolean);
}
