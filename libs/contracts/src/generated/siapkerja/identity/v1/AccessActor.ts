// Original file: proto/siapkerja/identity/v1/identity.proto


export interface AccessActor {
  'sub'?: (string);
  'clientId'?: (string);
  'roles'?: (string)[];
  'regionCode'?: (string);
}

export interface AccessActor__Output {
  'sub': (string);
  'clientId': (string);
  'roles': (string)[];
  'regionCode': (string);
}
