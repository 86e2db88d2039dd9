import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements read model built from siapkerja.jobs.placement.v1 (PlacementRecorded): one row per placed application (the
 * primary key makes a replayed event a no-op even beyond the inbox), counted at query time per regency of the seeker,
 * month (WIB), channel, sex, KBLI main group, education and employer type. Rebuildable by replaying the topic.
 */
export class Placements1763800000510 implements MigrationInterface {
  name = 'Placements1763800000510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements (
        application_id    uuid PRIMARY KEY,
        vacancy_id        uuid NOT NULL,
        person_id         text NOT NULL,
        employer_id       uuid NOT NULL,
        employer_type     text NOT NULL,
        kbji_code         text NOT NULL,
        kbli_main_group   text NOT NULL,
        region_code       text NOT NULL CHECK (region_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        province_code     text NOT NULL,
        work_region_code  text NOT NULL,
        overseas          boolean NOT NULL,
        channel           text NOT NULL CHECK (channel IN ('AKL','AKAD','AKAN')),
        sex               smallint NOT NULL CHECK (sex IN (1, 2)),
        education_level   text NOT NULL,
        age_band          text NOT NULL,
        month             char(7) NOT NULL,
        placed_at         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX placements_month_region ON placements (month, region_code)`);
    await q.query(`CREATE INDEX placements_month_province ON placements (month, province_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE placements');
  }
}
