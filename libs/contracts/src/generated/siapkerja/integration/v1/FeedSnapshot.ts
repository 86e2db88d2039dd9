// Original file: proto/siapkerja/integration/v1/integration.proto

import type { FeedSnapshotPartInfo as _siapkerja_integration_v1_FeedSnapshotPartInfo, FeedSnapshotPartInfo__Output as _siapkerja_integration_v1_FeedSnapshotPartInfo__Output } from '../../../siapkerja/integration/v1/FeedSnapshotPartInfo';
import type { Long } from '@grpc/proto-loader';

export interface FeedSnapshot {
  'id'?: (string);
  'resource'?: (string);
  'region'?: (string);
  'cursor'?: (string);
  'records'?: (number | string | Long);
  'parts'?: (_siapkerja_integration_v1_FeedSnapshotPartInfo)[];
  'createTime'?: (string);
}

export interface FeedSnapshot__Output {
  'id': (string);
  'resource': (string);
  'region': (string);
  'cursor': (string);
  'records': (string);
  'parts': (_siapkerja_integration_v1_FeedSnapshotPartInfo__Output)[];
  'createTime': (string);
}
