// Original file: proto/siapkerja/integration/v1/integration.proto

import type { FeedItem as _siapkerja_integration_v1_FeedItem, FeedItem__Output as _siapkerja_integration_v1_FeedItem__Output } from '../../../siapkerja/integration/v1/FeedItem';
import type { JobSeeker as _siapkerja_jobs_v1_JobSeeker, JobSeeker__Output as _siapkerja_jobs_v1_JobSeeker__Output } from '../../../siapkerja/jobs/v1/JobSeeker';

export interface FeedSnapshotPart {
  'content'?: (Buffer | Uint8Array | string);
  'sha256'?: (string);
  'items'?: (_siapkerja_integration_v1_FeedItem)[];
  'jobSeekers'?: (_siapkerja_jobs_v1_JobSeeker)[];
}

export interface FeedSnapshotPart__Output {
  'content': (Buffer);
  'sha256': (string);
  'items': (_siapkerja_integration_v1_FeedItem__Output)[];
  'jobSeekers': (_siapkerja_jobs_v1_JobSeeker__Output)[];
}
