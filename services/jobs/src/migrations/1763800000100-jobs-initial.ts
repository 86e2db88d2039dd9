import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsInitial1763800000100 implements MigrationInterface {
  name = 'JobsInitial1763800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE employers (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nib           varchar(13) NOT NULL UNIQUE CHECK (nib ~ '^[0-9]{13}$'),
        legal_name    text NOT NULL,
        employer_type text NOT NULL CHECK (employer_type IN ('GOVERNMENT','STATE_OWNED','COOPERATIVE','PRIVATE','OTHER_BUSINESS','INDIVIDUAL')),
        kbli_codes    text[] NOT NULL,
        region_code   text NOT NULL,
        address       text NOT NULL DEFAULT '',
        request_id    text UNIQUE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE vacancies (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id   uuid NOT NULL REFERENCES employers(id),
        position_name text NOT NULL,
        kbji_code     text NOT NULL,
        region_code   text NOT NULL,
        number_needed integer NOT NULL CHECK (number_needed > 0),
        valid_from    date NOT NULL,
        valid_until   date NOT NULL CHECK (valid_until >= valid_from),
        description   text NOT NULL DEFAULT '',
        state         text NOT NULL CHECK (state IN ('DRAFT','PUBLISHED','CLOSED','FILLED','EXPIRED')),
        request_id    text UNIQUE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX vacancies_employer_id ON vacancies (employer_id)`);
    await q.query(`CREATE INDEX vacancies_region_state ON vacancies (region_code, state)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE vacancies');
    await q.query('DROP TABLE employers');
  }
}
