import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Skillhub complete (issue 11): training providers; programs become a catalogue of a provider (description, scheme,
 * mode, eligibility rules as data, cost, DRAFT/PUBLISHED/WITHDRAWN, completion thresholds); batches get sessions, a venue
 * region and the states PLANNED -> OPEN -> SELECTION -> RUNNING -> FINISHED | CANCELLED; enrolments get the waitlist,
 * scores and outcomes; attendance per session; the receipts of bulk imports; a projection of job-seeker facts.
 *
 * Existing data stays readable: every existing program is given a provider (one per former owner: the publishing client,
 * the publishing account, or else the free-text provider name in its regency) and is PUBLISHED; SCHEDULED batches become
 * PLANNED and COMPLETED ones FINISHED; existing batches get one session per training day.
 */
export class Skillhub1763800000400 implements MigrationInterface {
  name = 'Skillhub1763800000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_providers (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                      text NOT NULL CHECK (kind IN ('BLK_UPTP', 'BLK_UPTD', 'BLK_KOMUNITAS', 'LPK', 'PARTNER_PLATFORM')),
        name                      text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        region_code               text NOT NULL CHECK (region_code ~ '^[0-9]{2}([.][0-9]{2})?$'),
        accreditation_grade       text NOT NULL DEFAULT '' CHECK (accreditation_grade IN ('', 'A', 'B', 'C')),
        accreditation_valid_until date,
        contact_email             text NOT NULL DEFAULT '',
        contact_phone             text NOT NULL DEFAULT '',
        contact_website           text NOT NULL DEFAULT '',
        verified_at               timestamptz,
        verified_by               text,
        -- the former owner a migrated provider stands for (client:<id>, account:<id>, name:<region>:<name>)
        legacy_owner              text UNIQUE,
        request_id                text UNIQUE,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX training_providers_list ON training_providers (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX training_providers_region ON training_providers (region_code)`);

    await q.query(`
      ALTER TABLE programs
        ADD COLUMN provider_id uuid REFERENCES training_providers(id),
        ADD COLUMN description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 5000),
        ADD COLUMN certification_scheme_id text NOT NULL DEFAULT '',
        ADD COLUMN duration_hours integer NOT NULL DEFAULT 0 CHECK (duration_hours BETWEEN 0 AND 10000),
        ADD COLUMN mode text NOT NULL DEFAULT 'OFFLINE' CHECK (mode IN ('OFFLINE', 'ONLINE', 'BLENDED')),
        ADD COLUMN eligibility jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN cost_idr bigint NOT NULL DEFAULT 0 CHECK (cost_idr >= 0),
        ADD COLUMN state text NOT NULL DEFAULT 'PUBLISHED' CHECK (state IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
        ADD COLUMN attendance_threshold integer NOT NULL DEFAULT 80 CHECK (attendance_threshold BETWEEN 0 AND 100),
        ADD COLUMN passing_score integer NOT NULL DEFAULT 70 CHECK (passing_score BETWEEN 0 AND 100),
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdraw_reason text NOT NULL DEFAULT ''`);
    // one provider per former owner; its kind from what it was (a client: a platform; a BLK by name; else an LPK)
    const legacy = `CASE WHEN p.owner_client_id IS NOT NULL THEN 'client:' || p.owner_client_id
                         WHEN p.owner_account_id IS NOT NULL THEN 'account:' || p.owner_account_id
                         ELSE 'name:' || p.region_code || ':' || lower(p.provider_name) END`;
    await q.query(`
      INSERT INTO training_providers (kind, name, region_code, legacy_owner)
      SELECT DISTINCT ON (legacy) kind, provider_name, region_code, legacy FROM (
        SELECT ${legacy} AS legacy, p.provider_name, p.region_code, p.created_at,
               CASE WHEN p.owner_client_id IS NOT NULL THEN 'PARTNER_PLATFORM'
                    WHEN p.provider_name ILIKE 'BLK Komunitas%' THEN 'BLK_KOMUNITAS'
                    WHEN p.provider_name ILIKE 'BLK%' THEN 'BLK_UPTD'
                    ELSE 'LPK' END AS kind
        FROM programs p) x
      ORDER BY legacy, created_at`);
    await q.query(`UPDATE programs p SET provider_id = tp.id FROM training_providers tp WHERE tp.legacy_owner = ${legacy}`);
    await q.query(`ALTER TABLE programs ALTER COLUMN provider_id SET NOT NULL`);
    await q.query(`CREATE INDEX programs_catalogue ON programs (state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX programs_provider ON programs (provider_id)`);

    await q.query(`ALTER TABLE batches DROP CONSTRAINT batches_state_check`);
    await q.query(`UPDATE batches SET state = 'PLANNED' WHERE state = 'SCHEDULED'`);
    await q.query(`UPDATE batches SET state = 'FINISHED' WHERE state = 'COMPLETED'`);
    await q.query(`
      ALTER TABLE batches
        ADD CONSTRAINT batches_state_check CHECK (state IN ('PLANNED', 'OPEN', 'SELECTION', 'RUNNING', 'FINISHED', 'CANCELLED')),
        ADD COLUMN provider_id uuid REFERENCES training_providers(id)`);
    await q.query(`UPDATE batches b SET provider_id = p.provider_id FROM programs p WHERE p.id = b.program_id`);
    await q.query(`ALTER TABLE batches ALTER COLUMN provider_id SET NOT NULL`);
    await q.query(`CREATE INDEX batches_open ON batches (program_id) WHERE state = 'OPEN'`);

    await q.query(`
      CREATE TABLE batch_sessions (
        batch_id uuid NOT NULL REFERENCES batches(id),
        number   integer NOT NULL CHECK (number >= 1),
        date     date NOT NULL,
        topic    text NOT NULL DEFAULT '' CHECK (char_length(topic) <= 200),
        PRIMARY KEY (batch_id, number)
      )`);
    await q.query(`
      INSERT INTO batch_sessions (batch_id, number, date)
      SELECT b.id, (d.day - b.start_date) + 1, d.day FROM batches b,
        LATERAL (SELECT generate_series(b.start_date, b.end_date, interval '1 day')::date AS day) d`);

    await q.query(`ALTER TABLE enrolments DROP CONSTRAINT enrolments_state_check`);
    await q.query(`
      ALTER TABLE enrolments
        ADD CONSTRAINT enrolments_state_check CHECK (state IN
          ('REGISTERED', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN', 'CANCELLED', 'COMPLETED', 'FAILED', 'DROPPED_OUT')),
        ADD COLUMN provider_id uuid REFERENCES training_providers(id),
        ADD COLUMN education_level text NOT NULL DEFAULT '',
        ADD COLUMN screening_score smallint CHECK (screening_score BETWEEN 0 AND 100),
        ADD COLUMN selection_score smallint CHECK (selection_score BETWEEN 0 AND 100),
        ADD COLUMN final_score smallint CHECK (final_score BETWEEN 0 AND 100),
        ADD COLUMN waitlist_seq integer,
        ADD COLUMN outcome_date date`);
    await q.query(`UPDATE enrolments e SET provider_id = p.provider_id FROM programs p WHERE p.id = e.program_id`);
    await q.query(`ALTER TABLE enrolments ALTER COLUMN provider_id SET NOT NULL`);
    await q.query(`CREATE INDEX enrolments_waitlist ON enrolments (batch_id, waitlist_seq) WHERE state = 'WAITLISTED'`);
    await q.query(`CREATE INDEX enrolments_person_list ON enrolments (person_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE attendance (
        enrolment_id   uuid NOT NULL REFERENCES enrolments(id),
        batch_id       uuid NOT NULL,
        session_number integer NOT NULL,
        present        boolean NOT NULL,
        recorded_by    text NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, session_number),
        FOREIGN KEY (batch_id, session_number) REFERENCES batch_sessions (batch_id, number)
      )`);

    await q.query(`
      CREATE TABLE import_receipts (
        scope       text NOT NULL,
        kind        text NOT NULL,
        key         text NOT NULL,
        import_id   text NOT NULL,
        line        bigint NOT NULL,
        accepted    boolean NOT NULL,
        resource_id text NOT NULL DEFAULT '',
        problem_json text NOT NULL DEFAULT '',
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, kind, key)
      )`);

    await q.query(`
      CREATE TABLE job_seeker_facts (
        person_id       text PRIMARY KEY,
        state           text NOT NULL,
        education_level text NOT NULL DEFAULT '',
        region_code     text NOT NULL DEFAULT '',
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE job_seeker_facts');
    await q.query('DROP TABLE import_receipts');
    await q.query('DROP TABLE attendance');
    await q.query(`ALTER TABLE enrolments DROP CONSTRAINT enrolments_state_check`);
    await q.query(
      `DELETE FROM enrolment_transitions WHERE enrolment_id IN (SELECT id FROM enrolments WHERE state NOT IN ('REGISTERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'))`,
    );
    await q.query(`DELETE FROM enrolments WHERE state NOT IN ('REGISTERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')`);
    await q.query(`
      ALTER TABLE enrolments
        ADD CONSTRAINT enrolments_state_check CHECK (state IN ('REGISTERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
        DROP COLUMN provider_id, DROP COLUMN education_level, DROP COLUMN screening_score, DROP COLUMN selection_score,
        DROP COLUMN final_score, DROP COLUMN waitlist_seq, DROP COLUMN outcome_date`);
    await q.query('DROP TABLE batch_sessions');
    await q.query(`ALTER TABLE batches DROP CONSTRAINT batches_state_check, DROP COLUMN provider_id`);
    await q.query(`UPDATE batches SET state = 'SCHEDULED' WHERE state = 'PLANNED'`);
    await q.query(`UPDATE batches SET state = 'COMPLETED' WHERE state = 'FINISHED'`);
    await q.query(`UPDATE batches SET state = 'OPEN' WHERE state = 'SELECTION'`);
    await q.query(
      `ALTER TABLE batches ADD CONSTRAINT batches_state_check CHECK (state IN ('SCHEDULED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED'))`,
    );
    await q.query(`
      ALTER TABLE programs DROP COLUMN provider_id, DROP COLUMN description, DROP COLUMN certification_scheme_id,
        DROP COLUMN duration_hours, DROP COLUMN mode, DROP COLUMN eligibility, DROP COLUMN cost_idr, DROP COLUMN state,
        DROP COLUMN attendance_threshold, DROP COLUMN passing_score, DROP COLUMN withdrawn_at, DROP COLUMN withdraw_reason`);
    await q.query('DROP TABLE training_providers');
  }
}
