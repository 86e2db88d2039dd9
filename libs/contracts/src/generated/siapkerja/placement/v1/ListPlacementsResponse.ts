// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Placement as _siapkerja_placement_v1_Placement, Placement__Output as _siapkerja_placement_v1_Placement__Output } from '../../../siapkerja/placement/v1/Placement';

export interface ListPlacementsResponse {
  'placements'?: (_siapkerja_placement_v1_Placement)[];
  'nextPageToken'?: (string);
}

export interface ListPlacementsResponse__Output {
  'placements': (_siapkerja_placement_v1_Placement__Output)[];
  'nextPageToken': (string);
}
