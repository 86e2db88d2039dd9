// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type { PersonMembership as _siapkerja_entrepreneurship_v1_PersonMembership, PersonMembership__Output as _siapkerja_entrepreneurship_v1_PersonMembership__Output } from '../../../siapkerja/entrepreneurship/v1/PersonMembership';

export interface ExportPersonDataResponse {
  'memberships'?: (_siapkerja_entrepreneurship_v1_PersonMembership)[];
}

export interface ExportPersonDataResponse__Output {
  'memberships': (_siapkerja_entrepreneurship_v1_PersonMembership__Output)[];
}
