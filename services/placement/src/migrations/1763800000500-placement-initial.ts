import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlacementInitial1763800000500 implements MigrationInterface {
  name = 'PlacementInitial1763800000500';

  async up(q: QueryRunner): Promise<void> {
    // read model built from siapkerja.jobs.vacancy.v1; rebuildable by replaying the topic
    await q.query(`
      CREATE TABLE vacancy_registrations (
        vacancy_id    uuid PRIMARY KEY,
        employer_id   uuid NOT NULL,
        region_code   text NOT NULL,
        province_code text NOT NULL,
        kbji_code     text NOT NULL,
        month         char(7) NOT NULL,
        number_needed integer NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX vacancy_registrations_month_region ON vacancy_registrations (month, region_code)`);
    await q.query(`CREATE INDEX vacancy_registrations_month_province ON vacancy_registrations (month, province_code)`);
    await q.query(`
      CREATE TABLE activity_counts (
        event_type    text NOT NULL,
        region_code   text NOT NULL,
        province_code text NOT NULL,
        month         char(7) NOT NULL,
        count         bigint NOT NULL,
        PRIMARY KEY (event_type, region_code, month)
      )`);
    await q.query(`CREATE INDEX activity_counts_month_province ON activity_counts (month, province_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE activity_counts');
    await q.query('DROP TABLE vacancy_registrations');
  }
}
