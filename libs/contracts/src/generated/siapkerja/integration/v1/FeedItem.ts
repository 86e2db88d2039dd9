// Original file: proto/siapkerja/integration/v1/integration.proto

import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';

export interface FeedItem {
  'cursor'?: (string);
  'op'?: (string);
  'id'?: (string);
  'dataJson'?: (string);
  'regionCode'?: (string);
  'occurTime'?: (string);
  'withheld'?: (string);
  'record'?: (_siapkerja_jobs_v1_JobSeeker | null);
}

export interface FeedItem__Output {
  'cursor': (string);
  'op': (string);
  'id': (string);
  'dataJson': (string);
  'regionCode': (string);
  'occurTime': (string);
  'withheld': (string);
  'record': (_siapkerja_jobs_v1_JobSeeker__Output | null);
}
