// Original file: proto/siapkerja/certification/v1/certification.proto

export const SchemeType = {
  SCHEME_TYPE_UNSPECIFIED: 'SCHEME_TYPE_UNSPECIFIED',
  SCHEME_TYPE_KKNI: 'SCHEME_TYPE_KKNI',
  SCHEME_TYPE_OKUPASI: 'SCHEME_TYPE_OKUPASI',
  SCHEME_TYPE_KLASTER: 'SCHEME_TYPE_KLASTER',
} as const;

export type SchemeType =
  | 'SCHEME_TYPE_UNSPECIFIED'
  | 0
  | 'SCHEME_TYPE_KKNI'
  | 1
  | 'SCHEME_TYPE_OKUPASI'
  | 2
  | 'SCHEME_TYPE_KLASTER'
  | 3

export type SchemeType__Output = typeof SchemeType[keyof typeof SchemeType]
