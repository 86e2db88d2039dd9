// Original file: proto/siapkerja/rest/v1/rest.proto

import type { Rules as _siapkerja_rest_v1_Rules, Rules__Output as _siapkerja_rest_v1_Rules__Output } from '../../../siapkerja/rest/v1/Rules';

export interface ViewField {
  'name'?: (string);
  'hidden'?: (boolean);
  'nullable'?: (boolean);
  'omitEmpty'?: (boolean);
  'description'?: (string);
  'example'?: (string);
  'format'?: (string);
  'enumValues'?: (string)[];
  'json'?: (boolean);
  'rules'?: (_siapkerja_rest_v1_Rules | null);
  'inputDescription'?: (string);
  'input'?: (string);
  'default'?: (string);
  'notRequired'?: (boolean);
  'enumUnlisted'?: (boolean);
  'inputExample'?: (string);
  'commaSeparated'?: (boolean);
  'inputFormat'?: (string);
  'inputUndocumented'?: (boolean);
  'inputNullable'?: (boolean);
  'inputEnum'?: (string)[];
  'extends'?: (boolean);
  'inputUnexampled'?: (boolean);
  'omitWith'?: (string);
  'enumFrom'?: (string);
  'opaque'?: (boolean);
}

export interface ViewField__Output {
  'name': (string);
  'hidden': (boolean);
  'nullable': (boolean);
  'omitEmpty': (boolean);
  'description': (string);
  'example': (string);
  'format': (string);
  'enumValues': (string)[];
  'json': (boolean);
  'rules': (_siapkerja_rest_v1_Rules__Output | null);
  'inputDescription': (string);
  'input': (string);
  'default': (string);
  'notRequired': (boolean);
  'enumUnlisted': (boolean);
  'inputExample': (string);
  'commaSeparated': (boolean);
  'inputFormat': (string);
  'inputUndocumented': (boolean);
  'inputNullable': (boolean);
  'inputEnum': (string)[];
  'extends': (boolean);
  'inputUnexampled': (boolean);
  'omitWith': (string);
  'enumFrom': (string);
  'opaque': (boolean);
}
