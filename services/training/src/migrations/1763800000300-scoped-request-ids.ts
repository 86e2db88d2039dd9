import type { MigrationInterface, QueryRunner } from 'typeorm';
import { markLegacyRequestIdsSql } from '@siapkerja/persistence';

/**
 * Request ids are scoped to the caller from now on (libs/persistence onceByRequestId stores `<caller>|<key>`): the ids
 * stored before are marked `legacy|<key>`, so they stay unique and no caller's scoped id can ever replay one of them.
 * (Programs, batches and enrolments were scoped before as `<client id or account>|<key>`: marked too, the format changed.)
 */
export class ScopedRequestIds1763800000300 implements MigrationInterface {
  name = 'ScopedRequestIds1763800000300';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['programs', 'batches', 'enrolments']) await q.query(markLegacyRequestIdsSql(table));
  }

  async down(): Promise<void> {
    // the marked ids stay marked: unmarking them would let a scoped id meet another caller's record again
  }
}
