// Original file: proto/siapkerja/placement/v1/placement.proto

import type { Long } from '@grpc/proto-loader';

export interface LabourMarketRow {
  'kbjiGroup'?: (string);
  'label'?: (string);
  'jobSeekers'?: (number | string | Long);
  'recentGraduates'?: (number | string | Long);
  'openVacancies'?: (number | string | Long);
  'openPositions'?: (number | string | Long);
  'gap'?: (number | string | Long);
  'shortage'?: (boolean);
}

export interface LabourMarketRow__Output {
  'kbjiGroup': (string);
  'label': (string);
  'jobSeekers': (string);
  'recentGraduates': (string);
  'openVacancies': (string);
  'openPositions': (string);
  'gap': (string);
  'shortage': (boolean);
}
