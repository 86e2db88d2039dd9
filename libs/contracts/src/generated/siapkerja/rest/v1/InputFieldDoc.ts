// Original file: proto/siapkerja/rest/v1/rest.proto


export interface InputFieldDoc {
  'field'?: (string);
  'example'?: (string);
  'description'?: (string);
  '_example'?: "example";
  '_description'?: "description";
}

export interface InputFieldDoc__Output {
  'field': (string);
  'example'?: (string);
  'description'?: (string);
  '_example'?: "example";
  '_description'?: "description";
}
