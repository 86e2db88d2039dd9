// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type { NewGroupMember as _siapkerja_entrepreneurship_v1_NewGroupMember, NewGroupMember__Output as _siapkerja_entrepreneurship_v1_NewGroupMember__Output } from '../../../siapkerja/entrepreneurship/v1/NewGroupMember';

export interface AddGroupMemberRequest {
  'groupId'?: (string);
  'member'?: (_siapkerja_entrepreneurship_v1_NewGroupMember | null);
}

export interface AddGroupMemberRequest__Output {
  'groupId': (string);
  'member': (_siapkerja_entrepreneurship_v1_NewGroupMember__Output | null);
}
