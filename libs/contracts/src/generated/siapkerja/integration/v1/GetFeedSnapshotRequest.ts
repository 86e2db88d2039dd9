// Original file: proto/siapkerja/integration/v1/integration.proto


export interface GetFeedSnapshotRequest {
  'resource'?: (string);
  'id'?: (string);
}

export interface GetFeedSnapshotRequest__Output {
  'resource': (string);
  'id': (string);
}
