// Original file: proto/siapkerja/training/v1/training.proto

export const ProgramState = {
  PROGRAM_STATE_UNSPECIFIED: 'PROGRAM_STATE_UNSPECIFIED',
  PROGRAM_STATE_DRAFT: 'PROGRAM_STATE_DRAFT',
  PROGRAM_STATE_PUBLISHED: 'PROGRAM_STATE_PUBLISHED',
  PROGRAM_STATE_WITHDRAWN: 'PROGRAM_STATE_WITHDRAWN',
} as const;

export type ProgramState =
  | 'PROGRAM_STATE_UNSPECIFIED'
  | 0
  | 'PROGRAM_STATE_DRAFT'
  | 1
  | 'PROGRAM_STATE_PUBLISHED'
  | 2
  | 'PROGRAM_STATE_WITHDRAWN'
  | 3

export type ProgramState__Output = typeof ProgramState[keyof typeof ProgramState]
