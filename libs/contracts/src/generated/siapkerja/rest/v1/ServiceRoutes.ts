// Original file: proto/siapkerja/rest/v1/rest.proto


export interface ServiceRoutes {
  'client'?: (string);
}

export interface ServiceRoutes__Output {
  'client': (string);
}
