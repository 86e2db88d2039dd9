// Original file: proto/siapkerja/certification/v1/assessments.proto

export const UnitVerdict = {
  UNIT_VERDICT_UNSPECIFIED: 'UNIT_VERDICT_UNSPECIFIED',
  UNIT_VERDICT_K: 'UNIT_VERDICT_K',
  UNIT_VERDICT_BK: 'UNIT_VERDICT_BK',
} as const;

export type UnitVerdict =
  | 'UNIT_VERDICT_UNSPECIFIED'
  | 0
  | 'UNIT_VERDICT_K'
  | 1
  | 'UNIT_VERDICT_BK'
  | 2

export type UnitVerdict__Output = typeof UnitVerdict[keyof typeof UnitVerdict]
