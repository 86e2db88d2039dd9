// Original file: proto/siapkerja/placement/v1/placement.proto

import type { IpkTable as _siapkerja_placement_v1_IpkTable, IpkTable__Output as _siapkerja_placement_v1_IpkTable__Output } from '../../../siapkerja/placement/v1/IpkTable';

export interface IpkForm {
  'form'?: (string);
  'title'?: (string);
  'regionCode'?: (string);
  'regionName'?: (string);
  'month'?: (string);
  'tables'?: (_siapkerja_placement_v1_IpkTable)[];
}

export interface IpkForm__Output {
  'form': (string);
  'title': (string);
  'regionCode': (string);
  'regionName': (string);
  'month': (string);
  'tables': (_siapkerja_placement_v1_IpkTable__Output)[];
}
