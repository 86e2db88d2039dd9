// Original file: proto/siapkerja/placement/v1/placement.proto

import type { IpkRow as _siapkerja_placement_v1_IpkRow, IpkRow__Output as _siapkerja_placement_v1_IpkRow__Output } from '../../../siapkerja/placement/v1/IpkRow';

export interface IpkTable {
  'name'?: (string);
  'title'?: (string);
  'columns'?: (string)[];
  'rows'?: (_siapkerja_placement_v1_IpkRow)[];
}

export interface IpkTable__Output {
  'name': (string);
  'title': (string);
  'columns': (string)[];
  'rows': (_siapkerja_placement_v1_IpkRow__Output)[];
}
