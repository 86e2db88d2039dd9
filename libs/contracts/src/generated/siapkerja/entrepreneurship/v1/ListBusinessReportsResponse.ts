// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto

import type { BusinessReport as _siapkerja_entrepreneurship_v1_BusinessReport, BusinessReport__Output as _siapkerja_entrepreneurship_v1_BusinessReport__Output } from '../../../siapkerja/entrepreneurship/v1/BusinessReport';

export interface ListBusinessReportsResponse {
  'reports'?: (_siapkerja_entrepreneurship_v1_BusinessReport)[];
}

export interface ListBusinessReportsResponse__Output {
  'reports': (_siapkerja_entrepreneurship_v1_BusinessReport__Output)[];
}
