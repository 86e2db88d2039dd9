// Original file: proto/siapkerja/identity/v1/identity.proto


export interface SetAccountRolesRequest {
  'id'?: (string);
  'roles'?: (string)[];
  'regionCode'?: (string);
  'organizationId'?: (string);
}

export interface SetAccountRolesRequest__Output {
  'id': (string);
  'roles': (string)[];
  'regionCode': (string);
  'organizationId': (string);
}
