import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The codes that are one code in any letter case: each table, its code column and the unique index on its lower case. */
const CASE_INSENSITIVE_CODES = [
  { table: 'lsps', column: 'licence_number', index: 'lsps_licence_number_lower' },
  { table: 'assessors', column: 'registration_number', index: 'assessors_registration_number_lower' },
  { table: 'schemes', column: 'code', index: 'schemes_code_lower' },
] as const;

/**
 * An LSP's licence number, an assessor's registration number and a scheme code are one code in any letter case
 * ('MET.000.001' and 'met.000.001' are the same licence): the database enforces it with a unique index on lower(code), so
 * two concurrent registrations cannot both pass (the services answer the violation ALREADY_EXISTS, like an exact duplicate).
 *
 * Rows already stored that differ only in letter case are not changed nor refused (a migration that fails on live data
 * blocks every deploy, and renaming a licence is BNSP's decision, not a migration's): in each such group the oldest row keeps
 * the code and is indexed; each later one is marked `case_duplicate_of` = the id of the kept row and left out of the index
 * (still readable, and listed for BNSP by `WHERE case_duplicate_of IS NOT NULL`). Any new row, and any renamed one, meets
 * the kept row in the index: no new case-duplicate can be stored. The exact-case UNIQUE constraints stay as they were.
 * The tables are locked against writes for the migration (they are small: LSPs, assessors, schemes), so no row slips in
 * between the marking and the index.
 */
export class CaseInsensitiveCodes1763800000900 implements MigrationInterface {
  name = 'CaseInsensitiveCodes1763800000900';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, column, index } of CASE_INSENSITIVE_CODES) {
      await q.query(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN case_duplicate_of uuid REFERENCES ${table} (id)`);
      await q.query(`
        UPDATE ${table} t SET case_duplicate_of = k.kept
          FROM (SELECT id, first_value(id) OVER (PARTITION BY lower(${column}) ORDER BY created_at, id) AS kept FROM ${table}) k
         WHERE k.id = t.id AND k.kept <> t.id`);
      await q.query(`CREATE UNIQUE INDEX ${index} ON ${table} (lower(${column})) WHERE case_duplicate_of IS NULL`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, index } of [...CASE_INSENSITIVE_CODES].reverse()) {
      await q.query(`DROP INDEX ${index}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN case_duplicate_of`);
    }
  }
}
