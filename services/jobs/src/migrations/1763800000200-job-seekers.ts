import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Karirhub job seekers (AK/1 profile and card) and the per-regency card number sequences. */
export class JobSeekers1763800000200 implements MigrationInterface {
  name = 'JobSeekers1763800000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_seekers (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id                 text NOT NULL UNIQUE,
        nik                       varchar(16) NOT NULL UNIQUE CHECK (nik ~ '^[1-9][0-9]{15}$'),
        name                      text NOT NULL,
        birth_place               text NOT NULL,
        birth_date                date NOT NULL,
        sex                       smallint NOT NULL CHECK (sex IN (1, 2)),
        marital_status            text NOT NULL CHECK (marital_status IN ('SINGLE','MARRIED','DIVORCED','WIDOWED')),
        religion                  text NOT NULL
          CHECK (religion IN ('ISLAM','PROTESTANT','CATHOLIC','HINDU','BUDDHIST','CONFUCIAN','INDIGENOUS_BELIEF')),
        address_line              text NOT NULL,
        address_region_code       text NOT NULL,
        postal_code               text NOT NULL DEFAULT '',
        region_code               text NOT NULL CHECK (region_code ~ '^[0-9]{2}\\.[0-9]{2}$'),
        phone                     text NOT NULL DEFAULT '',
        email                     text NOT NULL DEFAULT '',
        education                 jsonb NOT NULL DEFAULT '[]',
        education_level           text NOT NULL
          CHECK (education_level IN ('NONE','SD','SMP','SMA','SMK','D1','D2','D3','D4','S1','S2','S3')),
        skills                    text[] NOT NULL DEFAULT '{}',
        skkni_units               text[] NOT NULL DEFAULT '{}',
        languages                 text[] NOT NULL DEFAULT '{}',
        experience                jsonb NOT NULL DEFAULT '[]',
        wanted_kbji_codes         text[] NOT NULL,
        expected_wage             bigint CHECK (expected_wage > 0),
        state                     text NOT NULL CHECK (state IN ('REGISTERED','REPORTED','PLACED','REMOVED','EXPIRED')),
        card_number               text UNIQUE,
        card_issuing_region_code  text,
        card_issue_date           date,
        card_valid_until          date,
        card_issued_at            timestamptz,
        card_issued_by            text,
        report_count              integer NOT NULL DEFAULT 0 CHECK (report_count BETWEEN 0 AND 3),
        last_reported_period      integer NOT NULL DEFAULT 0 CHECK (last_reported_period BETWEEN 0 AND 3),
        last_report_at            timestamptz,
        removal_reason            text,
        placed_vacancy_id         uuid,
        ended_at                  timestamptz,
        request_id                text UNIQUE,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_seekers_card CHECK (
          (card_number IS NULL) = (card_issuing_region_code IS NULL) AND (card_number IS NULL) = (card_issue_date IS NULL)
          AND (card_number IS NULL) = (card_valid_until IS NULL) AND (card_number IS NULL) = (card_issued_at IS NULL)),
        CONSTRAINT job_seekers_card_number_region CHECK (card_number IS NULL OR position(card_issuing_region_code IN card_number) > 0),
        CONSTRAINT job_seekers_card_validity CHECK (card_valid_until IS NULL OR card_valid_until > card_issue_date),
        CONSTRAINT job_seekers_reported_needs_card CHECK (state <> 'REPORTED' OR (card_number IS NOT NULL AND report_count >= 1)),
        CONSTRAINT job_seekers_expired_needs_card CHECK (state <> 'EXPIRED' OR card_number IS NOT NULL),
        CONSTRAINT job_seekers_removal_reason CHECK ((state = 'REMOVED') = (removal_reason IS NOT NULL)),
        CONSTRAINT job_seekers_ended_at CHECK ((state IN ('PLACED','REMOVED','EXPIRED')) = (ended_at IS NOT NULL))
      )`);
    // officer listing: newest first, keyset on (created_at, id), by regency or province and state
    await q.query(`CREATE INDEX job_seekers_list ON job_seekers (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX job_seekers_regency_list ON job_seekers (region_code, state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX job_seekers_province_list ON job_seekers ((left(region_code, 2)), state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX job_seekers_state_list ON job_seekers (state, created_at DESC, id DESC)`);
    // expiry job: live cards by end of validity
    await q.query(
      `CREATE INDEX job_seekers_live_card_valid_until ON job_seekers (card_valid_until) WHERE state IN ('REGISTERED','REPORTED') AND card_number IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE ak1_card_sequences (
        issuing_region_code text NOT NULL CHECK (issuing_region_code ~ '^[0-9]{2}\\.[0-9]{2}$'),
        year                integer NOT NULL,
        last_number         integer NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (issuing_region_code, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ak1_card_sequences');
    await q.query('DROP TABLE job_seekers');
  }
}
