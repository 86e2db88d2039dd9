// Original file: proto/siapkerja/jobs/v1/matching.proto

import type { MatchExplanation as _siapkerja_jobs_v1_MatchExplanation, MatchExplanation__Output as _siapkerja_jobs_v1_MatchExplanation__Output } from '../../../siapkerja/jobs/v1/MatchExplanation';
import type { TrainingProgramRef as _siapkerja_jobs_v1_TrainingProgramRef, TrainingProgramRef__Output as _siapkerja_jobs_v1_TrainingProgramRef__Output } from '../../../siapkerja/jobs/v1/TrainingProgramRef';
import type { Long } from '@grpc/proto-loader';

export interface VacancyMatch {
  'vacancyId'?: (string);
  'employerId'?: (string);
  'positionName'?: (string);
  'kbjiCode'?: (string);
  'kbliCode'?: (string);
  'regionCode'?: (string);
  'minEducation'?: (string);
  'wageMin'?: (number | string | Long);
  'wageMax'?: (number | string | Long);
  'overseas'?: (boolean);
  'destinationCountry'?: (string);
  'validUntil'?: (string);
  'match'?: (_siapkerja_jobs_v1_MatchExplanation | null);
  'trainingPrograms'?: (_siapkerja_jobs_v1_TrainingProgramRef)[];
}

export interface VacancyMatch__Output {
  'vacancyId': (string);
  'employerId': (string);
  'positionName': (string);
  'kbjiCode': (string);
  'kbliCode': (string);
  'regionCode': (string);
  'minEducation': (string);
  'wageMin': (string);
  'wageMax': (string);
  'overseas': (boolean);
  'destinationCountry': (string);
  'validUntil': (string);
  'match': (_siapkerja_jobs_v1_MatchExplanation__Output | null);
  'trainingPrograms': (_siapkerja_jobs_v1_TrainingProgramRef__Output)[];
}
