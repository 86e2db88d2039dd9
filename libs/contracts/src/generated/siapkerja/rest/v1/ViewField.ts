// Original file: proto/siapkerja/rest/v1/rest.proto


export interface ViewField {
  'name'?: (string);
  'hidden'?: (boolean);
  'nullable'?: (boolean);
  'omitEmpty'?: (boolean);
  'description'?: (string);
  'example'?: (string);
  'format'?: (string);
  'enumValues'?: (string)[];
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
}
