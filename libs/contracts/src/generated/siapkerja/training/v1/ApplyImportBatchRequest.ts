// Original file: proto/siapkerja/training/v1/imports.proto

import type { ImportRecord as _siapkerja_training_v1_ImportRecord, ImportRecord__Output as _siapkerja_training_v1_ImportRecord__Output } from '../../../siapkerja/training/v1/ImportRecord';

export interface ApplyImportBatchRequest {
  'importId'?: (string);
  'records'?: (_siapkerja_training_v1_ImportRecord)[];
}

export interface ApplyImportBatchRequest__Output {
  'importId': (string);
  'records': (_siapkerja_training_v1_ImportRecord__Output)[];
}
