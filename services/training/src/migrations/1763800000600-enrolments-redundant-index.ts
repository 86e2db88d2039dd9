import { dropIndexesMigration } from '@siapkerja/persistence';

/**
 * `enrolments_person` (person_id, migration 230) is the start of `enrolments_person_list` (person_id, created_at, id,
 * migration 400), which answers whatever it did (a person's enrolments); every enrolment written paid for both, and the
 * planner priced both. Dropped CONCURRENTLY (no lock writers wait on); down builds it again the same way.
 */
export const EnrolmentsRedundantIndex1763800000600 = dropIndexesMigration('EnrolmentsRedundantIndex1763800000600', [
  { name: 'enrolments_person', definition: 'enrolments (person_id)' },
]);
