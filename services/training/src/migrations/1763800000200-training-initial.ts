import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SKKNI unit code, current or legacy form (libs/codes SKKNI_UNIT_REGEX, LEGACY_SKKNI_UNIT_REGEX). */
const SKKNI_UNIT = '([A-U][.][0-9]{6}[.][0-9]{3}[.][0-9]{2}|[A-Z]{2,4}[.][A-Z0-9]{4}[.][0-9]{3}[.][0-9]{2})';

export class TrainingInitial1763800000200 implements MigrationInterface {
  name = 'TrainingInitial1763800000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programs (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_name    text NOT NULL CHECK (btrim(provider_name) <> '' AND char_length(provider_name) <= 200),
        title            text NOT NULL CHECK (btrim(title) <> '' AND char_length(title) <= 200),
        region_code      text NOT NULL CHECK (region_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        kbji_code        text NOT NULL CHECK (kbji_code ~ '^([0-9]{1,4}|[0-9]{4}[.][0-9]{2})$'),
        competency_units text[] NOT NULL CHECK (
                           cardinality(competency_units) BETWEEN 1 AND 100
                           AND array_position(competency_units, NULL) IS NULL
                           AND array_to_string(competency_units, '|') ~ '^${SKKNI_UNIT}([|]${SKKNI_UNIT})*$'),
        duration_days    integer NOT NULL CHECK (duration_days BETWEEN 1 AND 365),
        capacity         integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        request_id       text UNIQUE,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX programs_region_code ON programs (region_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE programs');
  }
}
