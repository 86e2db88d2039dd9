// Original file: proto/siapkerja/training/v1/batches.proto

export const BatchMode = {
  BATCH_MODE_UNSPECIFIED: 'BATCH_MODE_UNSPECIFIED',
  BATCH_MODE_OFFLINE: 'BATCH_MODE_OFFLINE',
  BATCH_MODE_ONLINE: 'BATCH_MODE_ONLINE',
} as const;

export type BatchMode =
  | 'BATCH_MODE_UNSPECIFIED'
  | 0
  | 'BATCH_MODE_OFFLINE'
  | 1
  | 'BATCH_MODE_ONLINE'
  | 2

export type BatchMode__Output = typeof BatchMode[keyof typeof BatchMode]
