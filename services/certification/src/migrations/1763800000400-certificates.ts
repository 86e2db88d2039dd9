import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SKKNI unit code, current or legacy form (libs/codes SKKNI_UNIT_REGEX, LEGACY_SKKNI_UNIT_REGEX). */
const SKKNI_UNIT = '([A-U][.][0-9]{6}[.][0-9]{3}[.][0-9]{2}|[A-Z]{2,4}[.][A-Z0-9]{4}[.][0-9]{3}[.][0-9]{2})';
const STATUSES = `'VALID','SUSPENDED','REVOKED','EXPIRED'`;

/**
 * Competency certificates and their status history.
 * - `certificates`: one per certificate number; the holder as entered (NIK, name: pseudonymised in place on erasure) and his
 *   person id (keyed hash of the NIK); the scheme's code, name, level, KBJI and LSP copied at issue (a certificate states what
 *   it certified); the issuing LSP (partner client or LSP account) owns it. Indexes serve the owner's listings, the holder's,
 *   the verification by number, and the expiry sweep (VALID rows by valid_until).
 * - `certificate_status_changes`: append-only history of the issue and every status change.
 */
export class Certificates1763800000400 implements MigrationInterface {
  name = 'Certificates1763800000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificates (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number                    text NOT NULL UNIQUE CHECK (number ~ '^[A-Z0-9][A-Z0-9 ./_-]{0,63}$'),
        verification_code         text NOT NULL UNIQUE CHECK (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{20}$'),
        scheme_id                 uuid NOT NULL REFERENCES schemes (id),
        scheme_code               text NOT NULL,
        scheme_name               text NOT NULL,
        kkni_level                integer NOT NULL,
        lsp_name                  text NOT NULL,
        kbji_code                 text NOT NULL DEFAULT '' CHECK (kbji_code = '' OR kbji_code ~ '^([0-9]{1,4}|[0-9]{4}[.][0-9]{2})$'),
        person_id                 text NOT NULL CHECK (person_id ~ '^[A-Za-z0-9_-]{16,128}$'),
        -- a NIK, or after an erasure a 16-character stand-in starting with X (never a NIK)
        holder_nik                text NOT NULL CHECK (holder_nik ~ '^([1-9][0-9]{15}|X[0-9a-f]{15})$'),
        holder_name               text NOT NULL CHECK (btrim(holder_name) <> '' AND char_length(holder_name) <= 200),
        competency_units          text[] NOT NULL CHECK (
                                    cardinality(competency_units) BETWEEN 1 AND 200
                                    AND array_position(competency_units, NULL) IS NULL
                                    AND array_to_string(competency_units, '|') ~ '^${SKKNI_UNIT}([|]${SKKNI_UNIT})*$'),
        issue_date                date NOT NULL,
        valid_until               date NOT NULL,
        status                    text NOT NULL CHECK (status IN (${STATUSES})),
        status_reason             text NOT NULL DEFAULT '' CHECK (char_length(status_reason) <= 500),
        status_changed_at         timestamptz NOT NULL DEFAULT now(),
        issuer_client_id          text,
        issuer_account_id         text,
        request_id                text UNIQUE,
        erased_at                 timestamptz,
        processing_restricted_at  timestamptz,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT certificates_validity CHECK (valid_until > issue_date),
        CONSTRAINT certificates_one_issuer CHECK (issuer_client_id IS NULL OR issuer_account_id IS NULL)
      )`);
    await q.query(
      `CREATE INDEX certificates_by_client ON certificates (issuer_client_id, created_at DESC, id DESC) WHERE issuer_client_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX certificates_by_account ON certificates (issuer_account_id, created_at DESC, id DESC) WHERE issuer_account_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX certificates_by_person ON certificates (person_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX certificates_by_time ON certificates (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX certificates_valid_until ON certificates (valid_until, id) WHERE status = 'VALID'`);
    await q.query(`
      CREATE TABLE certificate_status_changes (
        id              bigserial PRIMARY KEY,
        certificate_id  uuid NOT NULL REFERENCES certificates (id),
        from_status     text NOT NULL DEFAULT '' CHECK (from_status = '' OR from_status IN (${STATUSES})),
        to_status       text NOT NULL CHECK (to_status IN (${STATUSES})),
        reason          text NOT NULL DEFAULT '' CHECK (char_length(reason) <= 500),
        actor           text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX certificate_status_changes_by_certificate ON certificate_status_changes (certificate_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE certificate_status_changes');
    await q.query('DROP TABLE certificates');
  }
}
