// Original file: proto/siapkerja/training/v1/training.proto

export const ProgramMode = {
  PROGRAM_MODE_UNSPECIFIED: 'PROGRAM_MODE_UNSPECIFIED',
  PROGRAM_MODE_OFFLINE: 'PROGRAM_MODE_OFFLINE',
  PROGRAM_MODE_ONLINE: 'PROGRAM_MODE_ONLINE',
  PROGRAM_MODE_BLENDED: 'PROGRAM_MODE_BLENDED',
} as const;

export type ProgramMode =
  | 'PROGRAM_MODE_UNSPECIFIED'
  | 0
  | 'PROGRAM_MODE_OFFLINE'
  | 1
  | 'PROGRAM_MODE_ONLINE'
  | 2
  | 'PROGRAM_MODE_BLENDED'
  | 3

export type ProgramMode__Output = typeof ProgramMode[keyof typeof ProgramMode]
