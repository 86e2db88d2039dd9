// Original file: proto/siapkerja/certification/v1/lsps.proto

export const LspType = {
  LSP_TYPE_UNSPECIFIED: 'LSP_TYPE_UNSPECIFIED',
  LSP_TYPE_P1: 'LSP_TYPE_P1',
  LSP_TYPE_P2: 'LSP_TYPE_P2',
  LSP_TYPE_P3: 'LSP_TYPE_P3',
} as const;

export type LspType =
  | 'LSP_TYPE_UNSPECIFIED'
  | 0
  | 'LSP_TYPE_P1'
  | 1
  | 'LSP_TYPE_P2'
  | 2
  | 'LSP_TYPE_P3'
  | 3

export type LspType__Output = typeof LspType[keyof typeof LspType]
