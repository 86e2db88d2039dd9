// Original file: proto/siapkerja/placement/v1/placement.proto

import type { PersonPlacement as _siapkerja_placement_v1_PersonPlacement, PersonPlacement__Output as _siapkerja_placement_v1_PersonPlacement__Output } from '../../../siapkerja/placement/v1/PersonPlacement';

export interface ExportPersonDataResponse {
  'placements'?: (_siapkerja_placement_v1_PersonPlacement)[];
  'eraseTime'?: (string);
}

export interface ExportPersonDataResponse__Output {
  'placements': (_siapkerja_placement_v1_PersonPlacement__Output)[];
  'eraseTime': (string);
}
