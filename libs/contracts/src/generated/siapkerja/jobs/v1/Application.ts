// Original file: proto/siapkerja/jobs/v1/applications.proto

import type { ApplicationState as _siapkerja_jobs_v1_ApplicationState, ApplicationState__Output as _siapkerja_jobs_v1_ApplicationState__Output } from '../../../siapkerja/jobs/v1/ApplicationState';
import type { ScreeningNote as _siapkerja_jobs_v1_ScreeningNote, ScreeningNote__Output as _siapkerja_jobs_v1_ScreeningNote__Output } from '../../../siapkerja/jobs/v1/ScreeningNote';
import type { ApplicationTransition as _siapkerja_jobs_v1_ApplicationTransition, ApplicationTransition__Output as _siapkerja_jobs_v1_ApplicationTransition__Output } from '../../../siapkerja/jobs/v1/ApplicationTransition';

export interface Application {
  'id'?: (string);
  'vacancyId'?: (string);
  'jobSeekerId'?: (string);
  'employerId'?: (string);
  'state'?: (_siapkerja_jobs_v1_ApplicationState);
  'coverLetter'?: (string);
  'screeningNotes'?: (_siapkerja_jobs_v1_ScreeningNote)[];
  'history'?: (_siapkerja_jobs_v1_ApplicationTransition)[];
  'positionName'?: (string);
  'vacancyRegionCode'?: (string);
  'jobSeekerRegionCode'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
}

export interface Application__Output {
  'id': (string);
  'vacancyId': (string);
  'jobSeekerId': (string);
  'employerId': (string);
  'state': (_siapkerja_jobs_v1_ApplicationState__Output);
  'coverLetter': (string);
  'screeningNotes': (_siapkerja_jobs_v1_ScreeningNote__Output)[];
  'history': (_siapkerja_jobs_v1_ApplicationTransition__Output)[];
  'positionName': (string);
  'vacancyRegionCode': (string);
  'jobSeekerRegionCode': (string);
  'createTime': (string);
  'updateTime': (string);
}
