// Original file: proto/siapkerja/integration/v1/bulk_imports.proto

import type { ImportLineReceipt as _siapkerja_integration_v1_ImportLineReceipt, ImportLineReceipt__Output as _siapkerja_integration_v1_ImportLineReceipt__Output } from '../../../siapkerja/integration/v1/ImportLineReceipt';

export interface ListImportReceiptsResponse {
  'receipts'?: (_siapkerja_integration_v1_ImportLineReceipt)[];
  'nextPageToken'?: (string);
  'receiptsNdjson'?: (Buffer | Uint8Array | string);
}

export interface ListImportReceiptsResponse__Output {
  'receipts': (_siapkerja_integration_v1_ImportLineReceipt__Output)[];
  'nextPageToken': (string);
  'receiptsNdjson': (Buffer);
}
