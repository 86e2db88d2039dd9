// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type { Group as _siapkerja_entrepreneurship_v1_Group, Group__Output as _siapkerja_entrepreneurship_v1_Group__Output } from '../../../siapkerja/entrepreneurship/v1/Group';

export interface ListGroupsResponse {
  'groups'?: (_siapkerja_entrepreneurship_v1_Group)[];
  'nextPageToken'?: (string);
}

export interface ListGroupsResponse__Output {
  'groups': (_siapkerja_entrepreneurship_v1_Group__Output)[];
  'nextPageToken': (string);
}
