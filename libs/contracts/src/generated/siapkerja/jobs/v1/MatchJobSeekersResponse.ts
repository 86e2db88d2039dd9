// Original file: proto/siapkerja/jobs/v1/matching.proto

import type { JobSeekerMatch as _siapkerja_jobs_v1_JobSeekerMatch, JobSeekerMatch__Output as _siapkerja_jobs_v1_JobSeekerMatch__Output } from '../../../siapkerja/jobs/v1/JobSeekerMatch';

export interface MatchJobSeekersResponse {
  'matches'?: (_siapkerja_jobs_v1_JobSeekerMatch)[];
  'candidates'?: (number);
}

export interface MatchJobSeekersResponse__Output {
  'matches': (_siapkerja_jobs_v1_JobSeekerMatch__Output)[];
  'candidates': (number);
}
