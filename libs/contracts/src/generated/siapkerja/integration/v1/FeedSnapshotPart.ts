// Original file: proto/siapkerja/integration/v1/integration.proto

import type { FeedItem as _siapkerja_integration_v1_FeedItem, FeedItem__Output as _siapkerja_integration_v1_FeedItem__Output } from '../../../siapkerja/integration/v1/FeedItem';

export interface FeedSnapshotPart {
  'content'?: (Buffer | Uint8Array | string);
  'sha256'?: (string);
  'items'?: (_siapkerja_integration_v1_FeedItem)[];
}

export interface FeedSnapshotPart__Output {
  'content': (Buffer);
  'sha256': (string);
  'items': (_siapkerja_integration_v1_FeedItem__Output)[];
}
