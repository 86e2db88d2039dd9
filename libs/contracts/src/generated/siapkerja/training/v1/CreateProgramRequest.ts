// Original file: proto/siapkerja/training/v1/training.proto

import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from '../../../siapkerja/training/v1/Program';

export interface CreateProgramRequest {
  'program'?: (_siapkerja_training_v1_Program | null);
  'requestId'?: (string);
}

export interface CreateProgramRequest__Output {
  'program': (_siapkerja_training_v1_Program__Output | null);
  'requestId': (string);
}
