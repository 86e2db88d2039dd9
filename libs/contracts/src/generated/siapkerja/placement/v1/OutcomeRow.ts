// Original file: proto/siapkerja/placement/v1/placement.proto

import type { OutcomeCell as _siapkerja_placement_v1_OutcomeCell, OutcomeCell__Output as _siapkerja_placement_v1_OutcomeCell__Output } from '../../../siapkerja/placement/v1/OutcomeCell';

export interface OutcomeRow {
  'providerId'?: (string);
  'programId'?: (string);
  'programTitle'?: (string);
  'regionCode'?: (string);
  'cohortMonth'?: (string);
  'graduates'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'failed'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'droppedOut'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'certified'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'placed_3m'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'placed_6m'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'placed_12m'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'employmentRate'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'medianDaysToPlacement'?: (_siapkerja_placement_v1_OutcomeCell | null);
  'matchedShare'?: (_siapkerja_placement_v1_OutcomeCell | null);
}

export interface OutcomeRow__Output {
  'providerId': (string);
  'programId': (string);
  'programTitle': (string);
  'regionCode': (string);
  'cohortMonth': (string);
  'graduates': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'failed': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'droppedOut': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'certified': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'placed_3m': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'placed_6m': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'placed_12m': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'employmentRate': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'medianDaysToPlacement': (_siapkerja_placement_v1_OutcomeCell__Output | null);
  'matchedShare': (_siapkerja_placement_v1_OutcomeCell__Output | null);
}
