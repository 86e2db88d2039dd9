// Original file: proto/siapkerja/integration/v1/integration.proto

import type { FeedItem as _siapkerja_integration_v1_FeedItem, FeedItem__Output as _siapkerja_integration_v1_FeedItem__Output } from '../../../siapkerja/integration/v1/FeedItem';

export interface ListFeedItemsResponse {
  'items'?: (_siapkerja_integration_v1_FeedItem)[];
  'nextCursor'?: (string);
  'hasMore'?: (boolean);
  'etag'?: (string);
  'notModified'?: (boolean);
  'pageSize'?: (number);
}

export interface ListFeedItemsResponse__Output {
  'items': (_siapkerja_integration_v1_FeedItem__Output)[];
  'nextCursor': (string);
  'hasMore': (boolean);
  'etag': (string);
  'notModified': (boolean);
  'pageSize': (number);
}
