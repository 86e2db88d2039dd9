// Original file: proto/siapkerja/jobs/v1/import_batches.proto

import type { ImportReceipt as _siapkerja_jobs_v1_ImportReceipt, ImportReceipt__Output as _siapkerja_jobs_v1_ImportReceipt__Output } from '../../../siapkerja/jobs/v1/ImportReceipt';

export interface ApplyImportBatchResponse {
  'receipts'?: (_siapkerja_jobs_v1_ImportReceipt)[];
}

export interface ApplyImportBatchResponse__Output {
  'receipts': (_siapkerja_jobs_v1_ImportReceipt__Output)[];
}
