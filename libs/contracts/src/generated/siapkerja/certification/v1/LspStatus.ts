// Original file: proto/siapkerja/certification/v1/lsps.proto

export const LspStatus = {
  LSP_STATUS_UNSPECIFIED: 'LSP_STATUS_UNSPECIFIED',
  LSP_STATUS_ACTIVE: 'LSP_STATUS_ACTIVE',
  LSP_STATUS_SUSPENDED: 'LSP_STATUS_SUSPENDED',
} as const;

export type LspStatus =
  | 'LSP_STATUS_UNSPECIFIED'
  | 0
  | 'LSP_STATUS_ACTIVE'
  | 1
  | 'LSP_STATUS_SUSPENDED'
  | 2

export type LspStatus__Output = typeof LspStatus[keyof typeof LspStatus]
