// Original file: proto/siapkerja/placement/v1/placement.proto

import type { ImportRecord as _siapkerja_placement_v1_ImportRecord, ImportRecord__Output as _siapkerja_placement_v1_ImportRecord__Output } from '../../../siapkerja/placement/v1/ImportRecord';

export interface ApplyImportBatchRequest {
  'importId'?: (string);
  'records'?: (_siapkerja_placement_v1_ImportRecord)[];
}

export interface ApplyImportBatchRequest__Output {
  'importId': (string);
  'records': (_siapkerja_placement_v1_ImportRecord__Output)[];
}
