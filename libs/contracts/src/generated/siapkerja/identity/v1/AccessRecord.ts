// Original file: proto/siapkerja/identity/v1/identity.proto

import type { AccessActor as _siapkerja_identity_v1_AccessActor, AccessActor__Output as _siapkerja_identity_v1_AccessActor__Output } from '../../../siapkerja/identity/v1/AccessActor';

export interface AccessRecord {
  'actor'?: (_siapkerja_identity_v1_AccessActor | null);
  'resourceType'?: (string);
  'resourceId'?: (string);
  'fields'?: (string)[];
  'subjectPersonId'?: (string);
  'purpose'?: (string);
}

export interface AccessRecord__Output {
  'actor': (_siapkerja_identity_v1_AccessActor__Output | null);
  'resourceType': (string);
  'resourceId': (string);
  'fields': (string)[];
  'subjectPersonId': (string);
  'purpose': (string);
}
