// Original file: proto/siapkerja/jobs/v1/import_batches.proto

import type { ImportRecord as _siapkerja_jobs_v1_ImportRecord, ImportRecord__Output as _siapkerja_jobs_v1_ImportRecord__Output } from '../../../siapkerja/jobs/v1/ImportRecord';

export interface ApplyImportBatchRequest {
  'importId'?: (string);
  'records'?: (_siapkerja_jobs_v1_ImportRecord)[];
}

export interface ApplyImportBatchRequest__Output {
  'importId': (string);
  'records': (_siapkerja_jobs_v1_ImportRecord__Output)[];
}
