// Original file: proto/siapkerja/placement/v1/placement.proto

import type { LabourMarketRow as _siapkerja_placement_v1_LabourMarketRow, LabourMarketRow__Output as _siapkerja_placement_v1_LabourMarketRow__Output } from '../../../siapkerja/placement/v1/LabourMarketRow';
import type { LabourMarketTrendPoint as _siapkerja_placement_v1_LabourMarketTrendPoint, LabourMarketTrendPoint__Output as _siapkerja_placement_v1_LabourMarketTrendPoint__Output } from '../../../siapkerja/placement/v1/LabourMarketTrendPoint';
import type { ShortageProgram as _siapkerja_placement_v1_ShortageProgram, ShortageProgram__Output as _siapkerja_placement_v1_ShortageProgram__Output } from '../../../siapkerja/placement/v1/ShortageProgram';
import type { OutcomeRow as _siapkerja_placement_v1_OutcomeRow, OutcomeRow__Output as _siapkerja_placement_v1_OutcomeRow__Output } from '../../../siapkerja/placement/v1/OutcomeRow';

export interface LabourMarket {
  'regionCode'?: (string);
  'regionName'?: (string);
  'month'?: (string);
  'rows'?: (_siapkerja_placement_v1_LabourMarketRow)[];
  'trend'?: (_siapkerja_placement_v1_LabourMarketTrendPoint)[];
  'programs'?: (_siapkerja_placement_v1_ShortageProgram)[];
  'outcomes'?: (_siapkerja_placement_v1_OutcomeRow)[];
}

export interface LabourMarket__Output {
  'regionCode': (string);
  'regionName': (string);
  'month': (string);
  'rows': (_siapkerja_placement_v1_LabourMarketRow__Output)[];
  'trend': (_siapkerja_placement_v1_LabourMarketTrendPoint__Output)[];
  'programs': (_siapkerja_placement_v1_ShortageProgram__Output)[];
  'outcomes': (_siapkerja_placement_v1_OutcomeRow__Output)[];
}
