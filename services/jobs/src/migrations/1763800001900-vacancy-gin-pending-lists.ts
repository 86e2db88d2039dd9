import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The most a GIN index of the vacancies holds in its pending list (kB; PostgreSQL's least). An index that a later
 * migration creates takes it in its WITH clause.
 */
export const VACANCY_GIN_PENDING_LIST_KB = 64;

const GIN_INDEXES = `SELECT c.relname AS name FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am a ON a.oid = c.relam
  WHERE a.amname = 'gin' AND x.indrelid = 'vacancies'::regclass ORDER BY 1`;

/**
 * Short pending lists on the vacancies' GIN indexes (issue 15).
 *
 * A GIN index with fastupdate (PostgreSQL's default) appends a new row's entries to an unsorted pending list, merged into
 * the index when the list passes gin_pending_list_limit (4 MB by default), or by VACUUM and autoanalyze. Every scan of
 * the index reads the whole list. After the write benchmark the nationwide full-text index held 466 pending pages: each
 * scan read them (about 500 buffers and 4 ms, whatever the words), and a scan with a list of weeks or wage bands is one
 * scan per item, so a page that tried five wage bands read 2,530 buffers in 24 ms for no match (1.8 ms with the list
 * merged). In production a list fills with every vacancy published between two merges (a few hundred fill 4 MB): the
 * searches of a day would pay what the benchmark, which vacuums first, never saw. At 64 kB a list holds 8 pages at
 * most. Writes merge it more often, in smaller batches: the write benchmark measured the same PostgreSQL CPU per create
 * within its noise (raw statements 1.79 ms at 64 kB, 1.71-2.02 at 4 MB, one machine, the same day).
 *
 * Every GIN index of the table: the nationwide and province full-text indexes, the typo-tolerant one and the matching
 * ones. The lists they hold now are merged at once.
 */
export class VacancyGinPendingLists1763800001900 implements MigrationInterface {
  name = 'VacancyGinPendingLists1763800001900';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    for (const { name } of (await q.query(GIN_INDEXES)) as { name: string }[]) {
      await q.query(`ALTER INDEX "${name}" SET (gin_pending_list_limit = ${VACANCY_GIN_PENDING_LIST_KB})`);
      await q.query(`SELECT gin_clean_pending_list($1::regclass)`, [`"${name}"`]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { name } of (await q.query(GIN_INDEXES)) as { name: string }[])
      await q.query(`ALTER INDEX "${name}" RESET (gin_pending_list_limit)`);
  }
}
