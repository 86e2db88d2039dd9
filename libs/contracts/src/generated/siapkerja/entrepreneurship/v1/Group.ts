// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type { ProgramKind as _siapkerja_entrepreneurship_v1_ProgramKind, ProgramKind__Output as _siapkerja_entrepreneurship_v1_ProgramKind__Output } from '../../../siapkerja/entrepreneurship/v1/ProgramKind';

export interface Group {
  'id'?: (string);
  'name'?: (string);
  'programKind'?: (_siapkerja_entrepreneurship_v1_ProgramKind);
  'regionCode'?: (string);
  'memberCount'?: (number);
  'businessField'?: (string);
  'createTime'?: (string);
}

export interface Group__Output {
  'id': (string);
  'name': (string);
  'programKind': (_siapkerja_entrepreneurship_v1_ProgramKind__Output);
  'regionCode': (string);
  'memberCount': (number);
  'businessField': (string);
  'createTime': (string);
}
