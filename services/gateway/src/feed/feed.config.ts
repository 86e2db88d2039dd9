import { int } from '@siapkerja/config';

/** Environment variables of the change feed (a leaf file: platform/config imports it through feed.module). */
export const feedConfigSpec = {
  /** records per NDJSON part of a feed snapshot */
  FEED_SNAPSHOT_PART_SIZE: int({ default: 10000, min: 1, max: 1_000_000 }),
};
