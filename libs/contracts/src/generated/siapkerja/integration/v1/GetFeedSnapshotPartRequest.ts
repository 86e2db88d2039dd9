// Original file: proto/siapkerja/integration/v1/integration.proto


export interface GetFeedSnapshotPartRequest {
  'resource'?: (string);
  'snapshotId'?: (string);
  'part'?: (number);
}

export interface GetFeedSnapshotPartRequest__Output {
  'resource': (string);
  'snapshotId': (string);
  'part': (number);
}
