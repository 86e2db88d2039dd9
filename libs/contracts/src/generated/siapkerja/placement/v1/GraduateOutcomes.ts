// Original file: proto/siapkerja/placement/v1/placement.proto

import type { OutcomeRow as _siapkerja_placement_v1_OutcomeRow, OutcomeRow__Output as _siapkerja_placement_v1_OutcomeRow__Output } from '../../../siapkerja/placement/v1/OutcomeRow';

export interface GraduateOutcomes {
  'rows'?: (_siapkerja_placement_v1_OutcomeRow)[];
  'total'?: (_siapkerja_placement_v1_OutcomeRow | null);
  'minimumCell'?: (number);
  'withheldGroups'?: (number);
}

export interface GraduateOutcomes__Output {
  'rows': (_siapkerja_placement_v1_OutcomeRow__Output)[];
  'total': (_siapkerja_placement_v1_OutcomeRow__Output | null);
  'minimumCell': (number);
  'withheldGroups': (number);
}
