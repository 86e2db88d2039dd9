// Original file: proto/siapkerja/entrepreneurship/v1/programs.proto

import type { Program as _siapkerja_entrepreneurship_v1_Program, Program__Output as _siapkerja_entrepreneurship_v1_Program__Output } from '../../../siapkerja/entrepreneurship/v1/Program';

export interface ListProgramsResponse {
  'programs'?: (_siapkerja_entrepreneurship_v1_Program)[];
  'nextPageToken'?: (string);
}

export interface ListProgramsResponse__Output {
  'programs': (_siapkerja_entrepreneurship_v1_Program__Output)[];
  'nextPageToken': (string);
}
