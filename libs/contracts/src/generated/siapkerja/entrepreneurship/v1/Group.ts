// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type { ProgramKind as _siapkerja_entrepreneurship_v1_ProgramKind, ProgramKind__Output as _siapkerja_entrepreneurship_v1_ProgramKind__Output } from '../../../siapkerja/entrepreneurship/v1/ProgramKind';
import type { BusinessPlan as _siapkerja_entrepreneurship_v1_BusinessPlan, BusinessPlan__Output as _siapkerja_entrepreneurship_v1_BusinessPlan__Output } from '../../../siapkerja/entrepreneurship/v1/BusinessPlan';
import type { GroupMember as _siapkerja_entrepreneurship_v1_GroupMember, GroupMember__Output as _siapkerja_entrepreneurship_v1_GroupMember__Output } from '../../../siapkerja/entrepreneurship/v1/GroupMember';

export interface Group {
  'id'?: (string);
  'name'?: (string);
  'programKind'?: (_siapkerja_entrepreneurship_v1_ProgramKind);
  'regionCode'?: (string);
  'memberCount'?: (number);
  'businessField'?: (string);
  'createTime'?: (string);
  'programId'?: (string);
  'programCode'?: (string);
  'programYear'?: (number);
  'status'?: (string);
  'businessPlan'?: (_siapkerja_entrepreneurship_v1_BusinessPlan | null);
  'mentorAccountId'?: (string);
  'members'?: (_siapkerja_entrepreneurship_v1_GroupMember)[];
  'updateTime'?: (string);
}

export interface Group__Output {
  'id': (string);
  'name': (string);
  'programKind': (_siapkerja_entrepreneurship_v1_ProgramKind__Output);
  'regionCode': (string);
  'memberCount': (number);
  'businessField': (string);
  'createTime': (string);
  'programId': (string);
  'programCode': (string);
  'programYear': (number);
  'status': (string);
  'businessPlan': (_siapkerja_entrepreneurship_v1_BusinessPlan__Output | null);
  'mentorAccountId': (string);
  'members': (_siapkerja_entrepreneurship_v1_GroupMember__Output)[];
  'updateTime': (string);
}
