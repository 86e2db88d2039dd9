// Original file: proto/siapkerja/training/v1/training.proto

import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from '../../../siapkerja/training/v1/Program';

export interface ListProgramsResponse {
  'programs'?: (_siapkerja_training_v1_Program)[];
  'nextPageToken'?: (string);
}

export interface ListProgramsResponse__Output {
  'programs': (_siapkerja_training_v1_Program__Output)[];
  'nextPageToken': (string);
}
