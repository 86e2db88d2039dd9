// Original file: proto/siapkerja/placement/v1/placement.proto

import type { ActivityCount as _siapkerja_placement_v1_ActivityCount, ActivityCount__Output as _siapkerja_placement_v1_ActivityCount__Output } from '../../../siapkerja/placement/v1/ActivityCount';

export interface ListActivityCountsResponse {
  'regionCode'?: (string);
  'month'?: (string);
  'counts'?: (_siapkerja_placement_v1_ActivityCount)[];
}

export interface ListActivityCountsResponse__Output {
  'regionCode': (string);
  'month': (string);
  'counts': (_siapkerja_placement_v1_ActivityCount__Output)[];
}
