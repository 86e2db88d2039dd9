import type { MigrationInterface, QueryRunner } from 'typeorm';

const REGION = `'^[0-9]{2}([.][0-9]{2})?$'`;

/**
 * Sertihub complete (issue 12):
 * - `lsps` (licensed by BNSP), `tuks` (assessment sites) and `assessors` of each LSP;
 * - schemes gain their owning LSP, a prerequisite and a validity; certificates their LSP, the assessment's region, the
 *   assessment, an index in the Bitstring Status Lists and their signed credential;
 * - `assessments` (APL.01 / APL.02, schedule, per-unit results, decision) and `completed_trainings` (from Skillhub's
 *   TrainingCompleted events, per person id);
 * - `issuer_keys` (Ed25519, never deleted: earlier credentials keep verifying) and `status_lists`.
 * Existing data: one LSP is created per distinct LSP name of the existing schemes (status ACTIVE, licence number
 * `MIGRATED-<n>` valid one year from the migration, region '' until BNSP completes it); every scheme is owned by its LSP
 * and every certificate belongs to its scheme's LSP; each certificate gets a status list index (its credential is signed
 * on first demand).
 */
export class LspsAssessmentsCredentials1763800000600 implements MigrationInterface {
  name = 'LspsAssessmentsCredentials1763800000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lsps (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name                 text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
        lsp_type             text NOT NULL CHECK (lsp_type IN ('P1','P2','P3')),
        licence_number       text NOT NULL UNIQUE CHECK (btrim(licence_number) <> '' AND char_length(licence_number) <= 64),
        licence_valid_until  date NOT NULL,
        region_code          text NOT NULL CHECK (region_code = '' OR region_code ~ ${REGION}),
        status               text NOT NULL CHECK (status IN ('ACTIVE','SUSPENDED')),
        status_reason        text NOT NULL DEFAULT '' CHECK (char_length(status_reason) <= 500),
        request_id           text UNIQUE,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lsps_by_time ON lsps (created_at DESC, id DESC)`);
    // existing schemes: one LSP per distinct name
    await q.query(`
      INSERT INTO lsps (name, lsp_type, licence_number, licence_valid_until, region_code, status, status_reason)
      SELECT n.lsp_name, 'P3', 'MIGRATED-' || row_number() OVER (ORDER BY n.lsp_name), current_date + 365, '', 'ACTIVE',
             'migrated from the scheme register: BNSP completes the licence data'
        FROM (SELECT DISTINCT lsp_name FROM schemes) n`);
    await q.query(`ALTER TABLE schemes ADD COLUMN lsp_id uuid REFERENCES lsps (id)`);
    await q.query(`UPDATE schemes s SET lsp_id = l.id FROM lsps l WHERE l.name = s.lsp_name AND l.licence_number LIKE 'MIGRATED-%'`);
    await q.query(`ALTER TABLE schemes ALTER COLUMN lsp_id SET NOT NULL`);
    await q.query(`CREATE INDEX schemes_by_lsp ON schemes (lsp_id)`);
    await q.query(`
      ALTER TABLE schemes
        ADD COLUMN prerequisite text NOT NULL DEFAULT 'NONE' CHECK (prerequisite IN ('NONE','TRAINING','EXPERIENCE','TRAINING_OR_EXPERIENCE')),
        ADD COLUMN min_experience_months integer NOT NULL DEFAULT 0 CHECK (min_experience_months BETWEEN 0 AND 600),
        ADD COLUMN validity_years integer NOT NULL DEFAULT 3 CHECK (validity_years BETWEEN 1 AND 10)`);

    await q.query(`
      CREATE TABLE tuks (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lsp_id       uuid NOT NULL REFERENCES lsps (id),
        name         text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
        kind         text NOT NULL CHECK (kind IN ('SEWAKTU','TEMPAT_KERJA','MANDIRI')),
        region_code  text NOT NULL CHECK (region_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        address      text NOT NULL DEFAULT '' CHECK (char_length(address) <= 500),
        request_id   text UNIQUE,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tuks_by_lsp ON tuks (lsp_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE assessors (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lsp_id                    uuid NOT NULL REFERENCES lsps (id),
        name                      text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
        registration_number       text NOT NULL UNIQUE CHECK (btrim(registration_number) <> '' AND char_length(registration_number) <= 64),
        competence_areas          text[] NOT NULL CHECK (cardinality(competence_areas) BETWEEN 1 AND 200),
        registration_valid_until  date NOT NULL,
        daily_capacity            integer NOT NULL CHECK (daily_capacity BETWEEN 1 AND 50),
        request_id                text UNIQUE,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assessors_by_lsp ON assessors (lsp_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE assessments (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scheme_id           uuid NOT NULL REFERENCES schemes (id),
        lsp_id              uuid NOT NULL REFERENCES lsps (id),
        person_id           text NOT NULL CHECK (person_id ~ '^[A-Za-z0-9_-]{16,128}$'),
        applicant_nik       text NOT NULL CHECK (applicant_nik ~ '^([1-9][0-9]{15}|X[0-9a-f]{15})$'),
        applicant_name      text NOT NULL CHECK (btrim(applicant_name) <> '' AND char_length(applicant_name) <= 200),
        evidence_refs       text[] NOT NULL DEFAULT '{}',
        experience_months   integer NOT NULL DEFAULT 0 CHECK (experience_months BETWEEN 0 AND 600),
        self_assessment     jsonb NOT NULL DEFAULT '[]',
        status              text NOT NULL CHECK (status IN ('NOT_ELIGIBLE','ELIGIBLE','SCHEDULED','ASSESSED','COMPETENT','NOT_YET_COMPETENT')),
        eligibility_reason  text NOT NULL DEFAULT '',
        tuk_id              uuid REFERENCES tuks (id),
        assessor_id         uuid REFERENCES assessors (id),
        assessment_date     date,
        region_code         text NOT NULL DEFAULT '',
        results             jsonb NOT NULL DEFAULT '[]',
        units_to_retake     text[] NOT NULL DEFAULT '{}',
        decision_notes      text NOT NULL DEFAULT '' CHECK (char_length(decision_notes) <= 1000),
        certificate_id      uuid REFERENCES certificates (id),
        request_id          text UNIQUE,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assessments_by_person ON assessments (person_id, status)`);
    await q.query(`CREATE INDEX assessments_by_assessor_day ON assessments (assessor_id, assessment_date) WHERE assessor_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE completed_trainings (
        enrolment_id             text PRIMARY KEY,
        person_id                text NOT NULL,
        program_id               text NOT NULL,
        program_title            text NOT NULL,
        competency_units         text[] NOT NULL,
        certification_scheme_id  text NOT NULL DEFAULT '',
        outcome_date             date NOT NULL,
        received_at              timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX completed_trainings_by_person ON completed_trainings (person_id)`);

    await q.query(`CREATE SEQUENCE certificate_status_index START 0 MINVALUE 0`);
    await q.query(`
      ALTER TABLE certificates
        ADD COLUMN lsp_id uuid REFERENCES lsps (id),
        ADD COLUMN region_code text NOT NULL DEFAULT '' CHECK (region_code = '' OR region_code ~ ${REGION}),
        ADD COLUMN assessment_id uuid,
        ADD COLUMN status_index integer UNIQUE DEFAULT nextval('certificate_status_index'),
        ADD COLUMN credential_jwt text,
        ADD COLUMN credential_kid text`);
    await q.query(`UPDATE certificates c SET lsp_id = s.lsp_id FROM schemes s WHERE s.id = c.scheme_id`);
    await q.query(`ALTER TABLE certificates ALTER COLUMN lsp_id SET NOT NULL, ALTER COLUMN status_index SET NOT NULL`);
    await q.query(`CREATE INDEX certificates_by_lsp ON certificates (lsp_id, created_at DESC, id DESC)`);
    // the status lists are rebuilt from the few suspended and revoked certificates of a list
    await q.query(`CREATE INDEX certificates_status_list ON certificates (status, status_index) WHERE status IN ('REVOKED', 'SUSPENDED')`);

    await q.query(`
      CREATE TABLE issuer_keys (
        kid          text PRIMARY KEY,
        public_jwk   jsonb NOT NULL,
        private_jwk  jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        retired_at   timestamptz
      )`);
    // at most one signing key
    await q.query(`CREATE UNIQUE INDEX issuer_keys_one_active ON issuer_keys ((retired_at IS NULL)) WHERE retired_at IS NULL`);
    await q.query(`
      CREATE TABLE status_lists (
        purpose     text NOT NULL CHECK (purpose IN ('revocation','suspension')),
        list_no     integer NOT NULL CHECK (list_no >= 0),
        jwt         text NOT NULL DEFAULT '',
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (purpose, list_no)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE status_lists');
    await q.query('DROP TABLE issuer_keys');
    await q.query(
      'ALTER TABLE certificates DROP COLUMN lsp_id, DROP COLUMN region_code, DROP COLUMN assessment_id, DROP COLUMN status_index, DROP COLUMN credential_jwt, DROP COLUMN credential_kid',
    );
    await q.query('DROP SEQUENCE certificate_status_index');
    await q.query('DROP TABLE completed_trainings');
    await q.query('DROP TABLE assessments');
    await q.query('DROP TABLE assessors');
    await q.query('DROP TABLE tuks');
    await q.query(
      'ALTER TABLE schemes DROP COLUMN lsp_id, DROP COLUMN prerequisite, DROP COLUMN min_experience_months, DROP COLUMN validity_years',
    );
    await q.query('DROP TABLE lsps');
  }
}
