import { dropIndexesMigration } from '@siapkerja/persistence';

/**
 * Two btree indexes of the vacancies that longer ones begin with (issue 15): `vacancies_employer_id` (employer_id) is the
 * start of `vacancies_employer_list` (employer_id, created_at, id), and `vacancies_region_state` (region_code, state)
 * of `vacancies_regency_list` (region_code, state, created_at, id), both of migration 110. Whatever they answered (an
 * employer's vacancies, the foreign key's check when an employer row goes, a regency's vacancies in a state), the longer
 * ones answer. Every vacancy written paid for both (the table had 62 indexes: a create's INSERT wrote 33 WAL records and
 * touched 97 buffers), and the planner priced both on every statement reading the table. Measured at 1 M vacancies,
 * 3,000 single-row INSERTs four times each way: 0.80-0.81 ms without them, 0.80-0.90 with them; 24 MB of index.
 * Dropped CONCURRENTLY (no lock writers wait on); down builds them again the same way.
 */
export const VacancyRedundantIndexes1763800002200 = dropIndexesMigration('VacancyRedundantIndexes1763800002200', [
  { name: 'vacancies_employer_id', definition: 'vacancies (employer_id)' },
  { name: 'vacancies_region_state', definition: 'vacancies (region_code, state)' },
]);
