// Original file: proto/siapkerja/entrepreneurship/v1/reports.proto

import type { MentorVisit as _siapkerja_entrepreneurship_v1_MentorVisit, MentorVisit__Output as _siapkerja_entrepreneurship_v1_MentorVisit__Output } from '../../../siapkerja/entrepreneurship/v1/MentorVisit';

export interface ListMentorVisitsResponse {
  'visits'?: (_siapkerja_entrepreneurship_v1_MentorVisit)[];
}

export interface ListMentorVisitsResponse__Output {
  'visits': (_siapkerja_entrepreneurship_v1_MentorVisit__Output)[];
}
