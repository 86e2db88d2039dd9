// Original file: proto/siapkerja/integration/v1/bulk_imports.proto

import type { ImportLine as _siapkerja_integration_v1_ImportLine, ImportLine__Output as _siapkerja_integration_v1_ImportLine__Output } from '../../../siapkerja/integration/v1/ImportLine';
import type { Long } from '@grpc/proto-loader';

export interface AppendImportLinesRequest {
  'importId'?: (string);
  'lines'?: (_siapkerja_integration_v1_ImportLine)[];
  'afterLine'?: (number | string | Long);
  'block'?: (Buffer | Uint8Array | string);
  'firstLine'?: (number | string | Long);
  'cutLines'?: (_siapkerja_integration_v1_ImportLine)[];
  'ndjsonReceipts'?: (boolean);
}

export interface AppendImportLinesRequest__Output {
  'importId': (string);
  'lines': (_siapkerja_integration_v1_ImportLine__Output)[];
  'afterLine': (string);
  'block': (Buffer);
  'firstLine': (string);
  'cutLines': (_siapkerja_integration_v1_ImportLine__Output)[];
  'ndjsonReceipts': (boolean);
}
