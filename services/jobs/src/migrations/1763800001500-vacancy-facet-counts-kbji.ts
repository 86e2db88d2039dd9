import { indexMigration } from '@siapkerja/persistence';
import { FACET_COUNT_TABLES } from './1763800000900-vacancy-facet-counts';

/**
 * The province summary's rows of a KBJI major or sub-major group, for the facet counts of a search without words and
 * without a region (facetSummaryStatement): its primary key leads with the province, so a nationwide search with a KBJI
 * group read the whole summary (49,000 rows at 1 M vacancies, 27 ms on average under the bench's diverse searches, and
 * 8.5 ms even for a sub-major group with no rows). Along this index it reads that group's rows only.
 */
export const VacancyFacetCountsKbji1763800001500 = indexMigration(
  'VacancyFacetCountsKbji1763800001500',
  'vacancy_facet_counts_province_kbji',
  `${FACET_COUNT_TABLES.province} (kbji_sub)`,
);
