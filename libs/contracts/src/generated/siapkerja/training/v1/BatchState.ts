// Original file: proto/siapkerja/training/v1/batches.proto

export const BatchState = {
  BATCH_STATE_UNSPECIFIED: 'BATCH_STATE_UNSPECIFIED',
  BATCH_STATE_SCHEDULED: 'BATCH_STATE_SCHEDULED',
  BATCH_STATE_OPEN: 'BATCH_STATE_OPEN',
  BATCH_STATE_RUNNING: 'BATCH_STATE_RUNNING',
  BATCH_STATE_COMPLETED: 'BATCH_STATE_COMPLETED',
  BATCH_STATE_CANCELLED: 'BATCH_STATE_CANCELLED',
} as const;

export type BatchState =
  | 'BATCH_STATE_UNSPECIFIED'
  | 0
  | 'BATCH_STATE_SCHEDULED'
  | 1
  | 'BATCH_STATE_OPEN'
  | 2
  | 'BATCH_STATE_RUNNING'
  | 3
  | 'BATCH_STATE_COMPLETED'
  | 4
  | 'BATCH_STATE_CANCELLED'
  | 5

export type BatchState__Output = typeof BatchState[keyof typeof BatchState]
