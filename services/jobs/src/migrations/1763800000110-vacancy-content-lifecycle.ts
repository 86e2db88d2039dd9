import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Perpres 57/2023 art. 5 content and the vacancy lifecycle (art. 6 "filled" with the number hired). Additive only: existing
 * rows get the defaults (sex ANY, education NONE, FULL_TIME, wage hidden) and, when already published, published_at.
 */
export class VacancyContentLifecycle1763800000110 implements MigrationInterface {
  name = 'VacancyContentLifecycle1763800000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE vacancies
        ADD COLUMN kbli_code             text NOT NULL DEFAULT '' CHECK (kbli_code = '' OR kbli_code ~ '^[0-9]{2,5}$'),
        ADD COLUMN age_min               integer CHECK (age_min BETWEEN 15 AND 70),
        ADD COLUMN age_max               integer CHECK (age_max BETWEEN 15 AND 70),
        ADD COLUMN sex_requirement       text NOT NULL DEFAULT 'ANY' CHECK (sex_requirement IN ('ANY','MALE','FEMALE')),
        ADD COLUMN min_education         text NOT NULL DEFAULT 'NONE'
          CHECK (min_education IN ('NONE','SD','SMP','SMA','SMK','D1','D2','D3','D4','S1','S2','S3')),
        ADD COLUMN skills                text[] NOT NULL DEFAULT '{}',
        ADD COLUMN skkni_units           text[] NOT NULL DEFAULT '{}',
        ADD COLUMN experience_months_min integer NOT NULL DEFAULT 0 CHECK (experience_months_min BETWEEN 0 AND 600),
        ADD COLUMN wage_min              bigint CHECK (wage_min >= 0),
        ADD COLUMN wage_max              bigint CHECK (wage_max >= 0),
        ADD COLUMN wage_hidden           boolean NOT NULL DEFAULT true,
        ADD COLUMN latitude              double precision CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude             double precision CHECK (longitude BETWEEN -180 AND 180),
        ADD COLUMN employment_type       text NOT NULL DEFAULT 'FULL_TIME'
          CHECK (employment_type IN ('FULL_TIME','PART_TIME','CONTRACT','INTERNSHIP','DAILY','SEASONAL','FREELANCE')),
        ADD COLUMN overseas              boolean NOT NULL DEFAULT false,
        ADD COLUMN destination_country   text CHECK (destination_country ~ '^[A-Z]{2}$'),
        ADD COLUMN number_hired          integer NOT NULL DEFAULT 0,
        ADD COLUMN published_at          timestamptz,
        ADD COLUMN ended_at              timestamptz`);
    await q.query(`UPDATE vacancies SET published_at = created_at WHERE state <> 'DRAFT'`);
    await q.query(`UPDATE vacancies SET ended_at = updated_at WHERE state IN ('CLOSED','FILLED','EXPIRED')`);
    await q.query(`
      ALTER TABLE vacancies
        ADD CONSTRAINT vacancies_age_range CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
        ADD CONSTRAINT vacancies_wage_range CHECK (wage_min IS NULL OR wage_max IS NULL OR wage_min <= wage_max),
        ADD CONSTRAINT vacancies_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL)),
        ADD CONSTRAINT vacancies_overseas_destination CHECK (overseas = (destination_country IS NOT NULL)),
        ADD CONSTRAINT vacancies_number_hired CHECK (number_hired BETWEEN 0 AND number_needed AND (state <> 'FILLED' OR number_hired >= 1)),
        ADD CONSTRAINT vacancies_published_at CHECK ((state = 'DRAFT') = (published_at IS NULL)),
        ADD CONSTRAINT vacancies_ended_at CHECK ((state IN ('CLOSED','FILLED','EXPIRED')) = (ended_at IS NOT NULL))`);
    // listing: newest first, keyset on (created_at, id), optionally by employer, regency or province, and state
    await q.query(`CREATE INDEX vacancies_list ON vacancies (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX vacancies_employer_list ON vacancies (employer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX vacancies_regency_list ON vacancies (region_code, state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX vacancies_province_list ON vacancies ((left(region_code, 2)), state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX vacancies_state_list ON vacancies (state, created_at DESC, id DESC)`);
    // expiry job: published vacancies by end of validity
    await q.query(`CREATE INDEX vacancies_published_valid_until ON vacancies (valid_until) WHERE state = 'PUBLISHED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of [
      'vacancies_list',
      'vacancies_employer_list',
      'vacancies_regency_list',
      'vacancies_province_list',
      'vacancies_state_list',
      'vacancies_published_valid_until',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${i}`);
    }
    await q.query(`
      ALTER TABLE vacancies
        DROP CONSTRAINT vacancies_age_range, DROP CONSTRAINT vacancies_wage_range, DROP CONSTRAINT vacancies_coordinates,
        DROP CONSTRAINT vacancies_overseas_destination, DROP CONSTRAINT vacancies_number_hired, DROP CONSTRAINT vacancies_published_at,
        DROP CONSTRAINT vacancies_ended_at,
        DROP COLUMN kbli_code, DROP COLUMN age_min, DROP COLUMN age_max, DROP COLUMN sex_requirement, DROP COLUMN min_education,
        DROP COLUMN skills, DROP COLUMN skkni_units, DROP COLUMN experience_months_min, DROP COLUMN wage_min, DROP COLUMN wage_max,
        DROP COLUMN wage_hidden, DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN employment_type, DROP COLUMN overseas,
        DROP COLUMN destination_country, DROP COLUMN number_hired, DROP COLUMN published_at, DROP COLUMN ended_at`);
  }
}
