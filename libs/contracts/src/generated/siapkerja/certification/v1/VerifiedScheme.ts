// Original file: proto/siapkerja/certification/v1/certificates.proto


export interface VerifiedScheme {
  'id'?: (string);
  'code'?: (string);
  'name'?: (string);
  'kkniLevel'?: (number);
  'kbjiCode'?: (string);
  'lspName'?: (string);
}

export interface VerifiedScheme__Output {
  'id': (string);
  'code': (string);
  'name': (string);
  'kkniLevel': (number);
  'kbjiCode': (string);
  'lspName': (string);
}
