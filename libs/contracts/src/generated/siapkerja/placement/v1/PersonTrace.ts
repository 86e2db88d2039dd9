// Original file: proto/siapkerja/placement/v1/placement.proto

import type { TraceTraining as _siapkerja_placement_v1_TraceTraining, TraceTraining__Output as _siapkerja_placement_v1_TraceTraining__Output } from '../../../siapkerja/placement/v1/TraceTraining';
import type { TraceCertificate as _siapkerja_placement_v1_TraceCertificate, TraceCertificate__Output as _siapkerja_placement_v1_TraceCertificate__Output } from '../../../siapkerja/placement/v1/TraceCertificate';
import type { Placement as _siapkerja_placement_v1_Placement, Placement__Output as _siapkerja_placement_v1_Placement__Output } from '../../../siapkerja/placement/v1/Placement';

export interface PersonTrace {
  'personId'?: (string);
  'trainings'?: (_siapkerja_placement_v1_TraceTraining)[];
  'certificates'?: (_siapkerja_placement_v1_TraceCertificate)[];
  'placements'?: (_siapkerja_placement_v1_Placement)[];
  'daysToPlacement'?: (number);
  '_daysToPlacement'?: "daysToPlacement";
}

export interface PersonTrace__Output {
  'personId': (string);
  'trainings': (_siapkerja_placement_v1_TraceTraining__Output)[];
  'certificates': (_siapkerja_placement_v1_TraceCertificate__Output)[];
  'placements': (_siapkerja_placement_v1_Placement__Output)[];
  'daysToPlacement'?: (number);
  '_daysToPlacement'?: "daysToPlacement";
}
