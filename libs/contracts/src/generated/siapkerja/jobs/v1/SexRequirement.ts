// Original file: proto/siapkerja/jobs/v1/jobs.proto

export const SexRequirement = {
  SEX_REQUIREMENT_UNSPECIFIED: 'SEX_REQUIREMENT_UNSPECIFIED',
  SEX_REQUIREMENT_ANY: 'SEX_REQUIREMENT_ANY',
  SEX_REQUIREMENT_MALE: 'SEX_REQUIREMENT_MALE',
  SEX_REQUIREMENT_FEMALE: 'SEX_REQUIREMENT_FEMALE',
} as const;

export type SexRequirement =
  | 'SEX_REQUIREMENT_UNSPECIFIED'
  | 0
  | 'SEX_REQUIREMENT_ANY'
  | 1
  | 'SEX_REQUIREMENT_MALE'
  | 2
  | 'SEX_REQUIREMENT_FEMALE'
  | 3

export type SexRequirement__Output = typeof SexRequirement[keyof typeof SexRequirement]
