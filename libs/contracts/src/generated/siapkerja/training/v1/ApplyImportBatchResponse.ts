// Original file: proto/siapkerja/training/v1/imports.proto

import type { ImportReceipt as _siapkerja_training_v1_ImportReceipt, ImportReceipt__Output as _siapkerja_training_v1_ImportReceipt__Output } from '../../../siapkerja/training/v1/ImportReceipt';

export interface ApplyImportBatchResponse {
  'receipts'?: (_siapkerja_training_v1_ImportReceipt)[];
}

export interface ApplyImportBatchResponse__Output {
  'receipts': (_siapkerja_training_v1_ImportReceipt__Output)[];
}
