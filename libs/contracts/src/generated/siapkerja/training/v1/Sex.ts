// Original file: proto/siapkerja/training/v1/enrolments.proto

export const Sex = {
  SEX_UNSPECIFIED: 'SEX_UNSPECIFIED',
  SEX_MALE: 'SEX_MALE',
  SEX_FEMALE: 'SEX_FEMALE',
} as const;

export type Sex =
  | 'SEX_UNSPECIFIED'
  | 0
  | 'SEX_MALE'
  | 1
  | 'SEX_FEMALE'
  | 2

export type Sex__Output = typeof Sex[keyof typeof Sex]
