// Original file: proto/siapkerja/identity/v1/identity.proto


export interface Account {
  'id'?: (string);
  'nikMasked'?: (string);
  'name'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'roles'?: (string)[];
  'regionCode'?: (string);
  'status'?: (string);
  'createTime'?: (string);
  'organizationId'?: (string);
}

export interface Account__Output {
  'id': (string);
  'nikMasked': (string);
  'name': (string);
  'email': (string);
  'phone': (string);
  'roles': (string)[];
  'regionCode': (string);
  'status': (string);
  'createTime': (string);
  'organizationId': (string);
}
