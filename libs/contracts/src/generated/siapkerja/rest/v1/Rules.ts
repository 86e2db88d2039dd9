// Original file: proto/siapkerja/rest/v1/rest.proto


export interface Rules {
  'minLen'?: (number);
  'maxLen'?: (number);
  'min'?: (number | string);
  'max'?: (number | string);
  'pattern'?: (string);
  'patternMessage'?: (string);
  'checks'?: (string)[];
  'minItems'?: (number);
  'maxItems'?: (number);
  'values'?: (string)[];
  'untyped'?: (boolean);
  'checksFirst'?: (boolean);
  'checkMessage'?: (string);
  'queryBoolean'?: (boolean);
  'valuesFrom'?: (string);
  'patternFirst'?: (boolean);
  'queryText'?: (boolean);
  '_minLen'?: "minLen";
  '_maxLen'?: "maxLen";
  '_min'?: "min";
  '_max'?: "max";
  '_minItems'?: "minItems";
  '_maxItems'?: "maxItems";
}

export interface Rules__Output {
  'minLen'?: (number);
  'maxLen'?: (number);
  'min'?: (number);
  'max'?: (number);
  'pattern': (string);
  'patternMessage': (string);
  'checks': (string)[];
  'minItems'?: (number);
  'maxItems'?: (number);
  'values': (string)[];
  'untyped': (boolean);
  'checksFirst': (boolean);
  'checkMessage': (string);
  'queryBoolean': (boolean);
  'valuesFrom': (string);
  'patternFirst': (boolean);
  'queryText': (boolean);
  '_minLen'?: "minLen";
  '_maxLen'?: "maxLen";
  '_min'?: "min";
  '_max'?: "max";
  '_minItems'?: "minItems";
  '_maxItems'?: "maxItems";
}
