import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IPK_CELLS_FROM_ROWS } from '../ipk/ipk.cells';

/**
 * IPK monthly cells (ipk/ipk.cells.ts): what the forms count, per regency, month and form row, kept as the row tables are
 * written, for each regency, province and the nation, so a province-month report reads a few hundred cells instead of
 * scanning every row of the province (with a year of 1 M placements, from seconds to milliseconds). Filled here from the rows already
 * there; rebuilt with the other read models. `placements_person` goes: `placements_dedup` (person_id, ...) serves its reads.
 */
export class IpkCells1763800000700 implements MigrationInterface {
  name = 'IpkCells1763800000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ipk_placement_cells (
        month          char(7) NOT NULL,
        region_code    text NOT NULL,
        province_code  text NOT NULL,
        dim            text NOT NULL,
        key            text NOT NULL,
        channel        text NOT NULL,
        sex            smallint NOT NULL,
        n              bigint NOT NULL,
        PRIMARY KEY (month, region_code, dim, key, channel, sex)
      )`);
    await q.query(`
      CREATE TABLE ipk_seeker_cells (
        month          char(7) NOT NULL,
        region_code    text NOT NULL,
        province_code  text NOT NULL,
        dim            text NOT NULL,
        key            text NOT NULL,
        sex            smallint NOT NULL,
        registered     bigint NOT NULL,
        placed         bigint NOT NULL,
        removed        bigint NOT NULL,
        PRIMARY KEY (month, region_code, dim, key, sex)
      )`);
    await q.query(`
      CREATE TABLE ipk_vacancy_cells (
        month          char(7) NOT NULL,
        region_code    text NOT NULL,
        province_code  text NOT NULL,
        dim            text NOT NULL,
        key            text NOT NULL,
        registered     bigint NOT NULL,
        filled         bigint NOT NULL,
        removed        bigint NOT NULL,
        PRIMARY KEY (month, region_code, dim, key)
      )`);
    // a region's cells of one dimension over the months (carried over sums the months before)
    for (const t of ['ipk_placement_cells', 'ipk_seeker_cells', 'ipk_vacancy_cells'])
      await q.query(`CREATE INDEX ${t}_region ON ${t} (region_code, dim, month)`);
    for (const sql of IPK_CELLS_FROM_ROWS) await q.query(sql);
    await q.query(`DROP INDEX placements_person`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX placements_person ON placements (person_id)`);
    await q.query('DROP TABLE ipk_vacancy_cells');
    await q.query('DROP TABLE ipk_seeker_cells');
    await q.query('DROP TABLE ipk_placement_cells');
  }
}
