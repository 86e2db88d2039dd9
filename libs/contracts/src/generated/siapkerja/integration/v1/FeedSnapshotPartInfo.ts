// Original file: proto/siapkerja/integration/v1/integration.proto

import type { Long } from '@grpc/proto-loader';

export interface FeedSnapshotPartInfo {
  'records'?: (number);
  'sha256'?: (string);
  'bytes'?: (number | string | Long);
}

export interface FeedSnapshotPartInfo__Output {
  'records': (number);
  'sha256': (string);
  'bytes': (string);
}
