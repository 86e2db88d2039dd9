import { int, type ConfigOf } from '@siapkerja/config';
import type { ServiceConfig } from '@siapkerja/service-kit';

export const jobsConfigSpec = {
  /** how often the facet-count deltas are folded into the summary tables (the searches sum both: only upkeep) */
  VACANCY_FACET_FOLD_MS: int({ default: 1000, min: 50, max: 86_400_000 }),
  /** facet counts of searches the summary tables cannot answer are exact up to this many matches, then lower bounds */
  VACANCY_FACET_EXACT_LIMIT: int({ default: 5000, min: 100, max: 10_000_000 }),
};
export type JobsConfig = ServiceConfig & ConfigOf<typeof jobsConfigSpec>;
