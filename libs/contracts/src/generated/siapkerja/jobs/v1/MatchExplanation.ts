// Original file: proto/siapkerja/jobs/v1/matching.proto

import type { MatchComponent as _siapkerja_jobs_v1_MatchComponent, MatchComponent__Output as _siapkerja_jobs_v1_MatchComponent__Output } from '../../../siapkerja/jobs/v1/MatchComponent';

export interface MatchExplanation {
  'score'?: (number | string);
  'components'?: (_siapkerja_jobs_v1_MatchComponent)[];
  'eligibility'?: (number | string);
  'warnings'?: (string)[];
  'missingSkkniUnits'?: (string)[];
  'missingSkills'?: (string)[];
}

export interface MatchExplanation__Output {
  'score': (number);
  'components': (_siapkerja_jobs_v1_MatchComponent__Output)[];
  'eligibility': (number);
  'warnings': (string)[];
  'missingSkkniUnits': (string)[];
  'missingSkills': (string)[];
}
