import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently } from '@siapkerja/persistence';

/**
 * `enrolments_person` (person_id, migration 230) is the start of `enrolments_person_list` (person_id, created_at, id,
 * migration 400), which answers whatever it did (a person's enrolments); every enrolment written paid for both, and the
 * planner priced both. Dropped CONCURRENTLY (no lock writers wait on); down builds it again the same way.
 */
export class EnrolmentsRedundantIndex1763800000600 implements MigrationInterface {
  name = 'EnrolmentsRedundantIndex1763800000600';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS enrolments_person`);
  }

  async down(q: QueryRunner): Promise<void> {
    await createIndexConcurrently(q, 'enrolments_person', 'enrolments (person_id)');
  }
}
