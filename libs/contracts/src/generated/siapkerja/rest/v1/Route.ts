// Original file: proto/siapkerja/rest/v1/rest.proto


export interface Route {
  'http'?: (string);
  'tag'?: (string);
  'summary'?: (string);
  'description'?: (string);
  'operationId'?: (string);
  'scopes'?: (string)[];
  'roles'?: (string)[];
  'public'?: (boolean);
  'problems'?: (number)[];
  'body'?: (string);
  'bodyInput'?: (string);
  'queryInput'?: (string);
  'idempotencyKey'?: (string);
  'created'?: (boolean);
  'personCaller'?: (boolean);
}

export interface Route__Output {
  'http': (string);
  'tag': (string);
  'summary': (string);
  'description': (string);
  'operationId': (string);
  'scopes': (string)[];
  'roles': (string)[];
  'public': (boolean);
  'problems': (number)[];
  'body': (string);
  'bodyInput': (string);
  'queryInput': (string);
  'idempotencyKey': (string);
  'created': (boolean);
  'personCaller': (boolean);
}
