// Original file: proto/siapkerja/identity/v1/identity.proto


export interface SubjectStanding {
  'subject'?: (string);
  'kind'?: (string);
  'exists'?: (boolean);
  'active'?: (boolean);
  'roles'?: (string)[];
  'regionCode'?: (string);
}

export interface SubjectStanding__Output {
  'subject': (string);
  'kind': (string);
  'exists': (boolean);
  'active': (boolean);
  'roles': (string)[];
  'regionCode': (string);
}
