// Original file: proto/siapkerja/placement/v1/placement.proto

import type { PlacementCount as _siapkerja_placement_v1_PlacementCount, PlacementCount__Output as _siapkerja_placement_v1_PlacementCount__Output } from '../../../siapkerja/placement/v1/PlacementCount';
import type { Long } from '@grpc/proto-loader';

export interface PlacementReport {
  'regionCode'?: (string);
  'month'?: (string);
  'total'?: (number | string | Long);
  'male'?: (number | string | Long);
  'female'?: (number | string | Long);
  'byRegency'?: (_siapkerja_placement_v1_PlacementCount)[];
  'byChannel'?: (_siapkerja_placement_v1_PlacementCount)[];
  'byKbliMainGroup'?: (_siapkerja_placement_v1_PlacementCount)[];
  'byEducation'?: (_siapkerja_placement_v1_PlacementCount)[];
  'byEmployerType'?: (_siapkerja_placement_v1_PlacementCount)[];
}

export interface PlacementReport__Output {
  'regionCode': (string);
  'month': (string);
  'total': (string);
  'male': (string);
  'female': (string);
  'byRegency': (_siapkerja_placement_v1_PlacementCount__Output)[];
  'byChannel': (_siapkerja_placement_v1_PlacementCount__Output)[];
  'byKbliMainGroup': (_siapkerja_placement_v1_PlacementCount__Output)[];
  'byEducation': (_siapkerja_placement_v1_PlacementCount__Output)[];
  'byEmployerType': (_siapkerja_placement_v1_PlacementCount__Output)[];
}
