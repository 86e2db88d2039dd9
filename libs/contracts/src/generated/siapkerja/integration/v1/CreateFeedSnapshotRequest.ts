// Original file: proto/siapkerja/integration/v1/integration.proto


export interface CreateFeedSnapshotRequest {
  'resource'?: (string);
  'region'?: (string);
}

export interface CreateFeedSnapshotRequest__Output {
  'resource': (string);
  'region': (string);
}
