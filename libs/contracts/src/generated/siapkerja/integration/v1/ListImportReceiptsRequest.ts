// Original file: proto/siapkerja/integration/v1/bulk_imports.proto


export interface ListImportReceiptsRequest {
  'importId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'ndjsonReceipts'?: (boolean);
}

export interface ListImportReceiptsRequest__Output {
  'importId': (string);
  'pageSize': (number);
  'pageToken': (string);
  'ndjsonReceipts': (boolean);
}
