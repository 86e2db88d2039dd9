// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { Lsp as _siapkerja_certification_v1_Lsp, Lsp__Output as _siapkerja_certification_v1_Lsp__Output } from '../../../siapkerja/certification/v1/Lsp';

export interface CreateLspRequest {
  'lsp'?: (_siapkerja_certification_v1_Lsp | null);
  'requestId'?: (string);
}

export interface CreateLspRequest__Output {
  'lsp': (_siapkerja_certification_v1_Lsp__Output | null);
  'requestId': (string);
}
