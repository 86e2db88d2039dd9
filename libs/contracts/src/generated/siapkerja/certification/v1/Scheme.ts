// Original file: proto/siapkerja/certification/v1/certification.proto

import type { SchemeType as _siapkerja_certification_v1_SchemeType, SchemeType__Output as _siapkerja_certification_v1_SchemeType__Output } from '../../../siapkerja/certification/v1/SchemeType';
import type { SchemePrerequisite as _siapkerja_certification_v1_SchemePrerequisite, SchemePrerequisite__Output as _siapkerja_certification_v1_SchemePrerequisite__Output } from '../../../siapkerja/certification/v1/SchemePrerequisite';

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
  'lspId'?: (string);
  'prerequisite'?: (_siapkerja_certification_v1_SchemePrerequisite);
  'minExperienceMonths'?: (number);
  'validityYears'?: (number);
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
  'lspId': (string);
  'prerequisite': (_siapkerja_certification_v1_SchemePrerequisite__Output);
  'minExperienceMonths': (number);
  'validityYears': (number);
}
