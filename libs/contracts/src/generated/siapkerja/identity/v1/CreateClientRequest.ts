// Original file: proto/siapkerja/identity/v1/identity.proto


export interface CreateClientRequest {
  'name'?: (string);
  'scopes'?: (string)[];
  'roles'?: (string)[];
  'regionCode'?: (string);
  'hmacRequired'?: (boolean);
  'organizationId'?: (string);
}

export interface CreateClientRequest__Output {
  'name': (string);
  'scopes': (string)[];
  'roles': (string)[];
  'regionCode': (string);
  'hmacRequired': (boolean);
  'organizationId': (string);
}
