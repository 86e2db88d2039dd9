// Original file: proto/siapkerja/placement/v1/placement.proto

import type { VacancyReportRow as _siapkerja_placement_v1_VacancyReportRow, VacancyReportRow__Output as _siapkerja_placement_v1_VacancyReportRow__Output } from '../../../siapkerja/placement/v1/VacancyReportRow';
import type { Long } from '@grpc/proto-loader';

export interface VacancyReport {
  'regionCode'?: (string);
  'month'?: (string);
  'registered'?: (number | string | Long);
  'positions'?: (number | string | Long);
  'rows'?: (_siapkerja_placement_v1_VacancyReportRow)[];
}

export interface VacancyReport__Output {
  'regionCode': (string);
  'month': (string);
  'registered': (string);
  'positions': (string);
  'rows': (_siapkerja_placement_v1_VacancyReportRow__Output)[];
}
