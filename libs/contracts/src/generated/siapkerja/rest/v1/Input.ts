// Original file: proto/siapkerja/rest/v1/rest.proto

import type { InputFieldDoc as _siapkerja_rest_v1_InputFieldDoc, InputFieldDoc__Output as _siapkerja_rest_v1_InputFieldDoc__Output } from '../../../siapkerja/rest/v1/InputFieldDoc';

export interface Input {
  'name'?: (string);
  'fields'?: (string)[];
  'required'?: (string)[];
  'query'?: (boolean);
  'description'?: (string);
  'nullAbsent'?: (boolean);
  'docs'?: (_siapkerja_rest_v1_InputFieldDoc)[];
}

export interface Input__Output {
  'name': (string);
  'fields': (string)[];
  'required': (string)[];
  'query': (boolean);
  'description': (string);
  'nullAbsent': (boolean);
  'docs': (_siapkerja_rest_v1_InputFieldDoc__Output)[];
}
