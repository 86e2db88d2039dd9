// Original file: proto/siapkerja/rest/v1/rest.proto

import type { Route as _siapkerja_rest_v1_Route, Route__Output as _siapkerja_rest_v1_Route__Output } from '../../../siapkerja/rest/v1/Route';

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
  'idempotencyKeyHeader'?: (boolean);
  'noContent'?: (boolean);
  'updateMask'?: (string);
  'set'?: (string)[];
  'method'?: (string);
  'location'?: (string);
  'additionalBindings'?: (_siapkerja_rest_v1_Route)[];
  'uuidSegments'?: (string)[];
  'answerDescription'?: (string);
  'queryStringProblem'?: (boolean);
  'locationExact'?: (boolean);
  'idempotent'?: (boolean);
  'httpStatus'?: (number);
  'pathInput'?: (string);
  'answer'?: (string);
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
  'idempotencyKeyHeader': (boolean);
  'noContent': (boolean);
  'updateMask': (string);
  'set': (string)[];
  'method': (string);
  'location': (string);
  'additionalBindings': (_siapkerja_rest_v1_Route__Output)[];
  'uuidSegments': (string)[];
  'answerDescription': (string);
  'queryStringProblem': (boolean);
  'locationExact': (boolean);
  'idempotent': (boolean);
  'httpStatus': (number);
  'pathInput': (string);
  'answer': (string);
}
