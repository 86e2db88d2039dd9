// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type { Group as _siapkerja_entrepreneurship_v1_Group, Group__Output as _siapkerja_entrepreneurship_v1_Group__Output } from '../../../siapkerja/entrepreneurship/v1/Group';
import type { NewGroupMember as _siapkerja_entrepreneurship_v1_NewGroupMember, NewGroupMember__Output as _siapkerja_entrepreneurship_v1_NewGroupMember__Output } from '../../../siapkerja/entrepreneurship/v1/NewGroupMember';

export interface CreateGroupRequest {
  'group'?: (_siapkerja_entrepreneurship_v1_Group | null);
  'requestId'?: (string);
  'members'?: (_siapkerja_entrepreneurship_v1_NewGroupMember)[];
}

export interface CreateGroupRequest__Output {
  'group': (_siapkerja_entrepreneurship_v1_Group__Output | null);
  'requestId': (string);
  'members': (_siapkerja_entrepreneurship_v1_NewGroupMember__Output)[];
}
