// Original file: proto/siapkerja/identity/v1/identity.proto


export interface SetAccountRolesRequest {
  'id'?: (string);
  'roles'?: (string)[];
  'regionCode'?: (string);
}

export interface SetAccountRolesRequest__Output {
  'id': (string);
  'roles': (string)[];
  'regionCode': (string);
}
