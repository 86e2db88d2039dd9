// Original file: proto/siapkerja/integration/v1/bulk_imports.proto

import type { ImportLineReceipt as _siapkerja_integration_v1_ImportLineReceipt, ImportLineReceipt__Output as _siapkerja_integration_v1_ImportLineReceipt__Output } from '../../../siapkerja/integration/v1/ImportLineReceipt';

export interface AppendImportLinesResponse {
  'receipts'?: (_siapkerja_integration_v1_ImportLineReceipt)[];
  'receiptsNdjson'?: (Buffer | Uint8Array | string);
}

export interface AppendImportLinesResponse__Output {
  'receipts': (_siapkerja_integration_v1_ImportLineReceipt__Output)[];
  'receiptsNdjson': (Buffer);
}
