// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

export const ProgramKind = {
  PROGRAM_KIND_UNSPECIFIED: 'PROGRAM_KIND_UNSPECIFIED',
  PROGRAM_KIND_PEMULA: 'PROGRAM_KIND_PEMULA',
  PROGRAM_KIND_LANJUTAN: 'PROGRAM_KIND_LANJUTAN',
  PROGRAM_KIND_PADAT_KARYA: 'PROGRAM_KIND_PADAT_KARYA',
} as const;

export type ProgramKind =
  | 'PROGRAM_KIND_UNSPECIFIED'
  | 0
  | 'PROGRAM_KIND_PEMULA'
  | 1
  | 'PROGRAM_KIND_LANJUTAN'
  | 2
  | 'PROGRAM_KIND_PADAT_KARYA'
  | 3

export type ProgramKind__Output = typeof ProgramKind[keyof typeof ProgramKind]
