// Original file: proto/siapkerja/jobs/v1/matching.proto

import type { VacancyMatch as _siapkerja_jobs_v1_VacancyMatch, VacancyMatch__Output as _siapkerja_jobs_v1_VacancyMatch__Output } from '../../../siapkerja/jobs/v1/VacancyMatch';

export interface MatchVacanciesResponse {
  'matches'?: (_siapkerja_jobs_v1_VacancyMatch)[];
  'candidates'?: (number);
}

export interface MatchVacanciesResponse__Output {
  'matches': (_siapkerja_jobs_v1_VacancyMatch__Output)[];
  'candidates': (number);
}
