// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { Lsp as _siapkerja_certification_v1_Lsp, Lsp__Output as _siapkerja_certification_v1_Lsp__Output } from '../../../siapkerja/certification/v1/Lsp';

export interface ListLspsResponse {
  'lsps'?: (_siapkerja_certification_v1_Lsp)[];
  'nextPageToken'?: (string);
}

export interface ListLspsResponse__Output {
  'lsps': (_siapkerja_certification_v1_Lsp__Output)[];
  'nextPageToken': (string);
}
