import type { MigrationInterface, QueryRunner } from 'typeorm';
import { markLegacyRequestIdsSql } from '@siapkerja/persistence';

/**
 * Request ids are scoped to the caller from now on (libs/persistence onceByRequestId stores `<caller>|<key>`): the ids
 * stored before are marked `legacy|<key>`, so they stay unique and no caller's scoped id can ever replay one of them.
 */
export class ScopedRequestIds1763800000500 implements MigrationInterface {
  name = 'ScopedRequestIds1763800000500';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['tkm_groups']) await q.query(markLegacyRequestIdsSql(table));
  }

  async down(): Promise<void> {
    // the marked ids stay marked: unmarking them would let a scoped id meet another caller's record again
  }
}
