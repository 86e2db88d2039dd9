// Original file: proto/siapkerja/placement/v1/placement.proto

import type { ImportReceipt as _siapkerja_placement_v1_ImportReceipt, ImportReceipt__Output as _siapkerja_placement_v1_ImportReceipt__Output } from '../../../siapkerja/placement/v1/ImportReceipt';

export interface ApplyImportBatchResponse {
  'receipts'?: (_siapkerja_placement_v1_ImportReceipt)[];
}

export interface ApplyImportBatchResponse__Output {
  'receipts': (_siapkerja_placement_v1_ImportReceipt__Output)[];
}
