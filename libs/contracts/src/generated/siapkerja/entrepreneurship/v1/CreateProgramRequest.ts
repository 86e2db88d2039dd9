// Original file: proto/siapkerja/entrepreneurship/v1/programs.proto

import type { Program as _siapkerja_entrepreneurship_v1_Program, Program__Output as _siapkerja_entrepreneurship_v1_Program__Output } from '../../../siapkerja/entrepreneurship/v1/Program';

export interface CreateProgramRequest {
  'program'?: (_siapkerja_entrepreneurship_v1_Program | null);
  'requestId'?: (string);
}

export interface CreateProgramRequest__Output {
  'program': (_siapkerja_entrepreneurship_v1_Program__Output | null);
  'requestId': (string);
}
