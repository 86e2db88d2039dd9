// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { TukKind as _siapkerja_certification_v1_TukKind, TukKind__Output as _siapkerja_certification_v1_TukKind__Output } from '../../../siapkerja/certification/v1/TukKind';

export interface Tuk {
  'id'?: (string);
  'lspId'?: (string);
  'name'?: (string);
  'kind'?: (_siapkerja_certification_v1_TukKind);
  'regionCode'?: (string);
  'address'?: (string);
  'createTime'?: (string);
}

export interface Tuk__Output {
  'id': (string);
  'lspId': (string);
  'name': (string);
  'kind': (_siapkerja_certification_v1_TukKind__Output);
  'regionCode': (string);
  'address': (string);
  'createTime': (string);
}
