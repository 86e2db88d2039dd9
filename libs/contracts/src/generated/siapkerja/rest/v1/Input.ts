// Original file: proto/siapkerja/rest/v1/rest.proto


export interface Input {
  'name'?: (string);
  'fields'?: (string)[];
  'required'?: (string)[];
  'query'?: (boolean);
  'description'?: (string);
  'nullAbsent'?: (boolean);
}

export interface Input__Output {
  'name': (string);
  'fields': (string)[];
  'required': (string)[];
  'query': (boolean);
  'description': (string);
  'nullAbsent': (boolean);
}
