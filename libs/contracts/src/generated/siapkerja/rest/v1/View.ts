// Original file: proto/siapkerja/rest/v1/rest.proto


export interface View {
  'name'?: (string);
}

export interface View__Output {
  'name': (string);
}
