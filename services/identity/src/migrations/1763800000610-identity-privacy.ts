import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data protection (UU 27/2022) in the identity database:
 * - `personal_data_access`: who read which person's unmasked personal data, when and why. Append-only
 *   in PostgreSQL itself: statement triggers refuse every UPDATE, DELETE and TRUNCATE, whoever sends them.
 * - `privacy_consents`: consent per purpose and policy version; withdrawal and replacement are recorded
 *   on the row (never deleted: a trigger refuses DELETE and TRUNCATE).
 * - `privacy_requests`: data-subject requests (export, correction, restriction, erasure) and their status.
 */
export class IdentityPrivacy1763800000610 implements MigrationInterface {
  name = 'IdentityPrivacy1763800000610';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_data_access (
        seq               bigserial PRIMARY KEY,
        id                uuid NOT NULL UNIQUE,
        accessed_at       timestamptz NOT NULL DEFAULT now(),
        actor_sub         text NOT NULL,
        actor_client_id   text,
        actor_roles       text[] NOT NULL,
        actor_region_code text,
        resource_type     text NOT NULL,
        resource_id       text NOT NULL,
        fields            text[] NOT NULL,
        subject_person_id text NOT NULL,
        purpose           text NOT NULL CHECK (purpose ~ '^[A-Z0-9_]{2,64}$'),
        correlation_id    text
      )`);
    await q.query(`CREATE INDEX personal_data_access_subject ON personal_data_access (subject_person_id, seq DESC)`);
    await q.query(`CREATE INDEX personal_data_access_actor ON personal_data_access (actor_sub, seq DESC)`);
    await q.query(
      `CREATE INDEX personal_data_access_client ON personal_data_access (actor_client_id, seq DESC) WHERE actor_client_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX personal_data_access_time ON personal_data_access USING brin (accessed_at)`);
    await q.query(`
      CREATE FUNCTION refuse_change_of_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(
      `CREATE TRIGGER personal_data_access_append_only BEFORE UPDATE OR DELETE ON personal_data_access FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only()`,
    );

    await q.query(`
      CREATE TABLE privacy_consents (
        id             uuid PRIMARY KEY,
        account_id     uuid NOT NULL REFERENCES auth_accounts(id),
        person_id      text NOT NULL,
        purpose        text NOT NULL,
        policy_version text NOT NULL,
        given_at       timestamptz NOT NULL DEFAULT now(),
        withdrawn_at   timestamptz,
        superseded_at  timestamptz,
        superseded_by  uuid REFERENCES privacy_consents(id),
        CHECK (withdrawn_at IS NULL OR superseded_at IS NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX privacy_consents_active ON privacy_consents (account_id, purpose) WHERE withdrawn_at IS NULL AND superseded_at IS NULL`,
    );
    await q.query(`CREATE INDEX privacy_consents_account ON privacy_consents (account_id, given_at DESC)`);
    await q.query(`CREATE INDEX privacy_consents_person ON privacy_consents (person_id)`);
    await q.query(
      `CREATE TRIGGER privacy_consents_keep_history BEFORE DELETE OR TRUNCATE ON privacy_consents FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only()`,
    );

    await q.query(`
      CREATE TABLE privacy_requests (
        id           uuid PRIMARY KEY,
        account_id   uuid NOT NULL REFERENCES auth_accounts(id),
        person_id    text NOT NULL,
        type         text NOT NULL CHECK (type IN ('EXPORT', 'CORRECTION', 'RESTRICTION', 'ERASURE')),
        status       text NOT NULL CHECK (status IN ('RECEIVED', 'COMPLETED', 'REJECTED')),
        details      text,
        resolution   text,
        event_id     uuid,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    await q.query(`CREATE INDEX privacy_requests_account ON privacy_requests (account_id, created_at DESC)`);
    await q.query(`CREATE INDEX privacy_requests_status ON privacy_requests (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX privacy_requests_list ON privacy_requests (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE privacy_requests`);
    await q.query(`DROP TABLE privacy_consents`);
    await q.query(`DROP TABLE personal_data_access`);
    await q.query(`DROP FUNCTION refuse_change_of_append_only()`);
  }
}
