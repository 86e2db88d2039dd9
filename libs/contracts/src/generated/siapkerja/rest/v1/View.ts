// Original file: proto/siapkerja/rest/v1/rest.proto

import type { Input as _siapkerja_rest_v1_Input, Input__Output as _siapkerja_rest_v1_Input__Output } from '../../../siapkerja/rest/v1/Input';

export interface View {
  'name'?: (string);
  'inputs'?: (_siapkerja_rest_v1_Input)[];
}

export interface View__Output {
  'name': (string);
  'inputs': (_siapkerja_rest_v1_Input__Output)[];
}
