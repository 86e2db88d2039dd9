// Original file: proto/siapkerja/identity/v1/identity.proto


export interface Client {
  'clientId'?: (string);
  'name'?: (string);
  'scopes'?: (string)[];
  'roles'?: (string)[];
  'regionCode'?: (string);
  'hmacRequired'?: (boolean);
  'createTime'?: (string);
  'rotateTime'?: (string);
  'revokeTime'?: (string);
  'organizationId'?: (string);
}

export interface Client__Output {
  'clientId': (string);
  'name': (string);
  'scopes': (string)[];
  'roles': (string)[];
  'regionCode': (string);
  'hmacRequired': (boolean);
  'createTime': (string);
  'rotateTime': (string);
  'revokeTime': (string);
  'organizationId': (string);
}
