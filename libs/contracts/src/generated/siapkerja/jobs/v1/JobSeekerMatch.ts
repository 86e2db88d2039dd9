// Original file: proto/siapkerja/jobs/v1/matching.proto

import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';
import type { MatchExplanation as _siapkerja_jobs_v1_MatchExplanation, MatchExplanation__Output as _siapkerja_jobs_v1_MatchExplanation__Output } from '../../../siapkerja/jobs/v1/MatchExplanation';

export interface JobSeekerMatch {
  'jobSeeker'?: (_siapkerja_jobs_v1_JobSeeker | null);
  'match'?: (_siapkerja_jobs_v1_MatchExplanation | null);
}

export interface JobSeekerMatch__Output {
  'jobSeeker': (_siapkerja_jobs_v1_JobSeeker__Output | null);
  'match': (_siapkerja_jobs_v1_MatchExplanation__Output | null);
}
