// Original file: proto/siapkerja/identity/v1/identity.proto


export interface ResolvePrivacyRequestRequest {
  'id'?: (string);
  'status'?: (string);
  'resolution'?: (string);
}

export interface ResolvePrivacyRequestRequest__Output {
  'id': (string);
  'status': (string);
  'resolution': (string);
}
