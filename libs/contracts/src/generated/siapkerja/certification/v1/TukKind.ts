// Original file: proto/siapkerja/certification/v1/lsps.proto

export const TukKind = {
  TUK_KIND_UNSPECIFIED: 'TUK_KIND_UNSPECIFIED',
  TUK_KIND_SEWAKTU: 'TUK_KIND_SEWAKTU',
  TUK_KIND_TEMPAT_KERJA: 'TUK_KIND_TEMPAT_KERJA',
  TUK_KIND_MANDIRI: 'TUK_KIND_MANDIRI',
} as const;

export type TukKind =
  | 'TUK_KIND_UNSPECIFIED'
  | 0
  | 'TUK_KIND_SEWAKTU'
  | 1
  | 'TUK_KIND_TEMPAT_KERJA'
  | 2
  | 'TUK_KIND_MANDIRI'
  | 3

export type TukKind__Output = typeof TukKind[keyof typeof TukKind]
