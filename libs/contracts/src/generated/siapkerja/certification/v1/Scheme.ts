// Original file: proto/siapkerja/certification/v1/certification.proto

import type { SchemeType as _siapkerja_certification_v1_SchemeType, SchemeType__Output as _siapkerja_certification_v1_SchemeType__Output } from '../../../siapkerja/certification/v1/SchemeType';

export interface Scheme {
  'id'?: (string);
  'code'?: (string);
  'name'?: (string);
  'schemeType'?: (_siapkerja_certification_v1_SchemeType);
  'kkniLevel'?: (number);
  'competencyUnits'?: (string)[];
  'kbjiCode'?: (string);
  'lspName'?: (string);
  'createTime'?: (string);
}

export interface Scheme__Output {
  'id': (string);
  'code': (string);
  'name': (string);
  'schemeType': (_siapkerja_certification_v1_SchemeType__Output);
  'kkniLevel': (number);
  'competencyUnits': (string)[];
  'kbjiCode': (string);
  'lspName': (string);
  'createTime': (string);
}
