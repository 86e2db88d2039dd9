import { indexMigration } from '@siapkerja/persistence';
import { include } from './1763800000910-vacancy-search-walk-indexes';

/**
 * The published vacancies of each KBJI major group (its first digit) in wage order, with every column a search without
 * words filters on (as migration 910's walking indexes): the walk of a nationwide search without words in wage order for a
 * KBJI group (issue 15; wagePageStatement).
 *
 * Occupations and wages correlate. Walking the catalogue's wage index from its highest wage, a group paid below the
 * catalogue is found late: at 1 M vacancies, KBJI 753 (garment and related trades: 24,149 published vacancies, 7 of them
 * among the 92,000 best paid) read 114,689 index entries for its first page (52 ms one at a time, up to 1.6 s under the
 * bench's diverse searches, which then took 13 of their 66 s of statements over 60 ms). Along its major group's entries
 * it reads 4,263. 109 KBJI groups of every level nationwide, 3 pages each, best of 3: 1,315 ms against 4,946, the same
 * answers; no page more than 1.1 ms slower. A region walks its own wage index, as before (see wagePageStatement).
 *
 * One more index for every published vacancy to maintain (106 MB at 1 M vacancies), built CONCURRENTLY.
 */
export const VacancySearchGroupWage1763800002000 = indexMigration(
  'VacancySearchGroupWage1763800002000',
  'vacancies_search_walk_group_wage',
  `vacancies ((left(kbji_code, 1)), wage_sort DESC, id DESC) ${include('wage_sort')} WHERE state = 'PUBLISHED'`,
);
