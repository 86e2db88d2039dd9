// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ExportedAccount {
  'id'?: (string);
  'nikMasked'?: (string);
  'name'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'roles'?: (string)[];
  'regionCode'?: (string);
  'status'?: (string);
  'createTime'?: (string);
  'verifyTime'?: (string);
  'processingRestrictTime'?: (string);
}

export interface ExportedAccount__Output {
  'id': (string);
  'nikMasked': (string);
  'name': (string);
  'email': (string);
  'phone': (string);
  'roles': (string)[];
  'regionCode': (string);
  'status': (string);
  'createTime': (string);
  'verifyTime': (string);
  'processingRestrictTime': (string);
}
