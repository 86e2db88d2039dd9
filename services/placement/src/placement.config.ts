import { int, str, type ConfigOf } from '@siapkerja/config';

/**
 * Environment variables of the placement service beyond every service's (libs/service-kit serviceConfigSpec). Checked at
 * start, so a bad value stops the service instead of being replaced by a default.
 */
export const placementConfigSpec = {
  /** days between two reports of one placement (same person and employer) still counted as one */
  PLACEMENT_DEDUP_WINDOW_DAYS: int({ default: 31, min: 0, max: 366 }),
  /** the smallest group of graduates shown in outcome views; smaller ones are withheld from every view and total */
  OUTCOMES_MIN_CELL: int({ default: 10, min: 1, max: 1000 }),
  /** YYYY-MM: the month outcome reports are computed for (default: the current WIB month); for reproducible reports */
  OUTCOMES_CURRENT_MONTH: str({ optional: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/ }),
};

export type PlacementConfig = ConfigOf<typeof placementConfigSpec>;
