import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TKM complete: programs as data (the first release's three hard-coded kinds become programs, and every existing group
 * points at the program of its kind, so it stays readable), members, proposals, quotas, decrees, tranches, an audit
 * history, mentor visits, business reports, the self-employment placements recorded, and the completed Skillhub
 * trainings consumed from Kafka.
 */
export class TkmComplete1763800000600 implements MigrationInterface {
  name = 'TkmComplete1763800000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tkm_programs (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code                 text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        name                 text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
        year                 integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        funding_basis        text NOT NULL CHECK (funding_basis IN ('PER_GROUP','PER_MEMBER_DAY')),
        amount               bigint NOT NULL CHECK (amount > 0),
        work_days            integer NOT NULL DEFAULT 0 CHECK (work_days BETWEEN 0 AND 366),
        min_members          integer NOT NULL CHECK (min_members >= 1),
        max_members          integer NOT NULL CHECK (max_members BETWEEN min_members AND 100),
        min_age              integer NOT NULL DEFAULT 18 CHECK (min_age BETWEEN 15 AND 100),
        max_age              integer NOT NULL DEFAULT 100 CHECK (max_age BETWEEN min_age AND 120),
        eligible_statuses    text[] NOT NULL DEFAULT '{JOB_SEEKER,UNDEREMPLOYED}',
        residence_rule       text NOT NULL DEFAULT 'ANY' CHECK (residence_rule IN ('ANY','GROUP_PROVINCE','GROUP_REGENCY')),
        requires_training    boolean NOT NULL DEFAULT false,
        training_program_ids text[] NOT NULL DEFAULT '{}',
        request_id           text UNIQUE,
        created_at           timestamptz NOT NULL DEFAULT now(),
        CHECK (funding_basis = 'PER_GROUP' OR work_days > 0),
        UNIQUE (code, year)
      )`);
    // the first release's kinds, with the amounts of the ministry's guidance (data from now on, editable by new programs)
    await q.query(`
      INSERT INTO tkm_programs (code, name, year, funding_basis, amount, work_days, min_members, max_members) VALUES
        ('PEMULA', 'TKM Pemula', 2025, 'PER_GROUP', 10000000, 0, 1, 100),
        ('LANJUTAN', 'TKM Lanjutan', 2025, 'PER_GROUP', 15000000, 0, 1, 100),
        ('PADAT_KARYA', 'Padat Karya', 2025, 'PER_MEMBER_DAY', 222000, 15, 1, 100)`);
    await q.query(`
      CREATE TABLE tkm_program_quotas (
        program_id      uuid NOT NULL REFERENCES tkm_programs(id),
        region_code     text NOT NULL CHECK (region_code ~ '^[0-9]{2}([.][0-9]{2})?$'),
        max_groups      integer NOT NULL CHECK (max_groups >= 0),
        approved_groups integer NOT NULL DEFAULT 0 CHECK (approved_groups >= 0),
        PRIMARY KEY (program_id, region_code),
        CONSTRAINT tkm_quota_not_exceeded CHECK (approved_groups <= max_groups)
      )`);

    await q.query(`ALTER TABLE tkm_groups DROP CONSTRAINT tkm_groups_program_kind_check`);
    await q.query(`ALTER TABLE tkm_groups ADD CONSTRAINT tkm_groups_program_kind_check CHECK (program_kind ~ '^[A-Z][A-Z0-9_]{1,39}$')`);
    await q.query(`
      ALTER TABLE tkm_groups
        ADD COLUMN program_id uuid REFERENCES tkm_programs(id),
        ADD COLUMN program_year integer,
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','GROWING','STOPPED')),
        ADD COLUMN kbli_code text NOT NULL DEFAULT '' CHECK (kbli_code ~ '^([0-9]{2,5})?$'),
        ADD COLUMN plan_description text NOT NULL DEFAULT '' CHECK (char_length(plan_description) <= 2000),
        ADD COLUMN location_region_code text CHECK (location_region_code ~ '^[0-9]{2}[.][0-9]{2}([.][0-9]{2})?$'),
        ADD COLUMN mentor_account_id text,
        ADD COLUMN owner_client_id text,
        ADD COLUMN registered_by text,
        ADD COLUMN registered_region text,
        ADD COLUMN has_members boolean NOT NULL DEFAULT false`);
    await q.query(
      `UPDATE tkm_groups g SET program_id = p.id, program_year = p.year FROM tkm_programs p WHERE p.code = g.program_kind AND p.year = 2025`,
    );
    await q.query(`ALTER TABLE tkm_groups ALTER COLUMN program_id SET NOT NULL, ALTER COLUMN program_year SET NOT NULL`);
    await q.query(
      `CREATE INDEX tkm_groups_owner_client ON tkm_groups (owner_client_id, created_at DESC) WHERE owner_client_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX tkm_groups_region_created ON tkm_groups (region_code, created_at DESC)`);

    await q.query(`
      CREATE TABLE tkm_group_members (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id              uuid NOT NULL REFERENCES tkm_groups(id),
        person_id             text NOT NULL,
        nik                   text NOT NULL CHECK (nik ~ '^[0-9]{16}$'),
        name                  text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
        birth_date            date NOT NULL,
        sex                   smallint NOT NULL CHECK (sex IN (1, 2)),
        employment_status     text NOT NULL CHECK (employment_status IN ('JOB_SEEKER','UNDEREMPLOYED')),
        residence_region_code text NOT NULL CHECK (residence_region_code ~ '^[0-9]{2}[.][0-9]{2}([.][0-9]{2})?$'),
        education_level       text NOT NULL DEFAULT '',
        leader                boolean NOT NULL DEFAULT false,
        active                boolean NOT NULL DEFAULT true,
        program_year          integer NOT NULL,
        joined_at             timestamptz NOT NULL DEFAULT now(),
        left_at               timestamptz,
        CHECK (active = (left_at IS NULL))
      )`);
    // the rule itself, in the database: a person is in at most one active group of a program year
    await q.query(`CREATE UNIQUE INDEX tkm_one_active_group_per_year ON tkm_group_members (person_id, program_year) WHERE active`);
    await q.query(`CREATE UNIQUE INDEX tkm_one_leader_per_group ON tkm_group_members (group_id) WHERE active AND leader`);
    await q.query(`CREATE INDEX tkm_group_members_group ON tkm_group_members (group_id)`);
    await q.query(`CREATE INDEX tkm_group_members_person ON tkm_group_members (person_id)`);

    await q.query(`
      CREATE TABLE tkm_completed_trainings (
        enrolment_id  text PRIMARY KEY,
        person_id     text NOT NULL,
        program_id    text NOT NULL,
        outcome_date  date NOT NULL,
        received_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tkm_completed_trainings_person ON tkm_completed_trainings (person_id)`);

    await q.query(`
      CREATE TABLE tkm_decrees (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number        text NOT NULL UNIQUE CHECK (btrim(number) <> '' AND char_length(number) <= 100),
        program_id    uuid NOT NULL REFERENCES tkm_programs(id),
        program_year  integer NOT NULL,
        region_code   text NOT NULL CHECK (region_code ~ '^[0-9]{2}([.][0-9]{2})?$'),
        decided_on    date NOT NULL,
        total_amount  bigint NOT NULL CHECK (total_amount >= 0),
        issued_by     text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE tkm_proposals (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id          uuid NOT NULL REFERENCES tkm_groups(id),
        program_id        uuid NOT NULL REFERENCES tkm_programs(id),
        program_year      integer NOT NULL,
        region_code       text NOT NULL CHECK (region_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        state             text NOT NULL CHECK (state IN ('SUBMITTED','VERIFIED','REJECTED','APPROVED','DISBURSED')),
        requested_amount  bigint NOT NULL CHECK (requested_amount > 0),
        approved_amount   bigint NOT NULL DEFAULT 0 CHECK (approved_amount >= 0),
        disbursed_amount  bigint NOT NULL DEFAULT 0 CHECK (disbursed_amount >= 0),
        checklist         jsonb NOT NULL DEFAULT '[]',
        rejection_reasons text[] NOT NULL DEFAULT '{}',
        decree_id         uuid REFERENCES tkm_decrees(id),
        submitted_by      text NOT NULL,
        request_id        text UNIQUE,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tkm_disbursed_within_approved CHECK (disbursed_amount <= approved_amount),
        CHECK ((state IN ('APPROVED','DISBURSED')) = (decree_id IS NOT NULL))
      )`);
    // one live proposal per group (a rejected one may be followed by another)
    await q.query(`CREATE UNIQUE INDEX tkm_one_live_proposal ON tkm_proposals (group_id) WHERE state <> 'REJECTED'`);
    await q.query(`CREATE INDEX tkm_proposals_region ON tkm_proposals (region_code, created_at DESC)`);
    await q.query(`
      CREATE TABLE tkm_tranches (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id   uuid NOT NULL REFERENCES tkm_proposals(id),
        amount        bigint NOT NULL CHECK (amount > 0),
        disbursed_on  date NOT NULL,
        reference     text NOT NULL CHECK (btrim(reference) <> '' AND char_length(reference) <= 100),
        request_id    text UNIQUE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (proposal_id, reference)
      )`);
    await q.query(`
      CREATE TABLE tkm_history (
        id            bigserial PRIMARY KEY,
        aggregate     text NOT NULL,
        aggregate_id  uuid NOT NULL,
        action        text NOT NULL,
        from_state    text NOT NULL DEFAULT '',
        to_state      text NOT NULL DEFAULT '',
        actor         text NOT NULL,
        note          text NOT NULL DEFAULT '',
        at            timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tkm_history_aggregate ON tkm_history (aggregate_id, id)`);
    await q.query(`
      CREATE TABLE tkm_mentor_visits (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id          uuid NOT NULL REFERENCES tkm_groups(id),
        visited_on        date NOT NULL,
        notes             text NOT NULL CHECK (char_length(notes) <= 4000),
        mentor_account_id text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tkm_mentor_visits_group ON tkm_mentor_visits (group_id, visited_on DESC)`);
    await q.query(`
      CREATE TABLE tkm_business_reports (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id            uuid NOT NULL REFERENCES tkm_groups(id),
        kind                text NOT NULL CHECK (kind IN ('PERIODIC','FINAL')),
        period              text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        revenue             bigint NOT NULL CHECK (revenue >= 0),
        active_members      integer NOT NULL CHECK (active_members BETWEEN 0 AND 100),
        workers_hired       integer NOT NULL CHECK (workers_hired BETWEEN 0 AND 1000),
        notes               text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 4000),
        state               text NOT NULL CHECK (state IN ('SUBMITTED','ACCEPTED','REJECTED')),
        review_note         text NOT NULL DEFAULT '',
        placements_recorded integer NOT NULL DEFAULT 0,
        submitted_by        text NOT NULL,
        reviewed_by         text,
        request_id          text UNIQUE,
        created_at          timestamptz NOT NULL DEFAULT now(),
        reviewed_at         timestamptz
      )`);
    // a re-sent report of the same period is refused (the placements are keyed anyway)
    await q.query(
      `CREATE UNIQUE INDEX tkm_one_report_per_period ON tkm_business_reports (group_id, kind, period) WHERE state <> 'REJECTED'`,
    );
    await q.query(`
      CREATE TABLE tkm_placements (
        placement_key text PRIMARY KEY,
        group_id      uuid NOT NULL REFERENCES tkm_groups(id),
        report_id     uuid NOT NULL REFERENCES tkm_business_reports(id),
        role          text NOT NULL CHECK (role IN ('MEMBER','HIRED_WORKER')),
        person_id     text NOT NULL DEFAULT '',
        placed_at     date NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'tkm_placements',
      'tkm_business_reports',
      'tkm_mentor_visits',
      'tkm_history',
      'tkm_tranches',
      'tkm_proposals',
      'tkm_decrees',
      'tkm_completed_trainings',
      'tkm_group_members',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`ALTER TABLE tkm_groups DROP COLUMN program_id, DROP COLUMN program_year, DROP COLUMN status, DROP COLUMN kbli_code,
      DROP COLUMN plan_description, DROP COLUMN location_region_code, DROP COLUMN mentor_account_id, DROP COLUMN owner_client_id,
      DROP COLUMN registered_by, DROP COLUMN registered_region, DROP COLUMN has_members`);
    await q.query(`DROP TABLE tkm_program_quotas`);
    await q.query(`DROP TABLE tkm_programs`);
  }
}
