import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, codes, OAuth2 clients, login throttling, signing keys and the sandbox's sent codes. */
export class IdentityInitial1763800000600 implements MigrationInterface {
  name = 'IdentityInitial1763800000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_clients (
        client_id text PRIMARY KEY,
        name text NOT NULL,
        secret_hash text NOT NULL,
        previous_secret_hash text,
        previous_valid_until timestamptz,
        scopes text[] NOT NULL,
        roles text[] NOT NULL,
        region_code text,
        hmac_required boolean NOT NULL DEFAULT false,
        hmac_secret text NOT NULL,
        previous_hmac_secret text,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE auth_accounts (
        id uuid PRIMARY KEY,
        person_id text NOT NULL UNIQUE,
        nik_masked text NOT NULL,
        name text NOT NULL,
        email text UNIQUE,
        phone text UNIQUE,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{JOB_SEEKER}',
        region_code text,
        status text NOT NULL CHECK (status IN ('PENDING_VERIFICATION', 'ACTIVE', 'DISABLED')),
        verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        pseudonymised_at timestamptz,
        processing_restricted_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE auth_codes (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES auth_accounts(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY', 'RESET')),
        code_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_codes_account ON auth_codes (account_id, purpose, created_at DESC)`);
    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES auth_accounts(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query(`CREATE INDEX auth_sessions_account ON auth_sessions (account_id)`);
    await q.query(`
      CREATE TABLE auth_refresh_tokens (
        token_hash text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_refresh_tokens_session ON auth_refresh_tokens (session_id)`);
    // failed-login counters in fixed windows, shared by every replica
    await q.query(`
      CREATE TABLE login_attempts (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        count int NOT NULL,
        window_seconds int NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    // ES256 signing keys: one current (retired_at NULL), the retired ones verify until verify_until
    await q.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        private_pem text NOT NULL,
        public_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        retired_at timestamptz,
        verify_until timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX signing_keys_one_current ON signing_keys ((true)) WHERE retired_at IS NULL`);
    // SANDBOX=true only: the codes sent to people, readable by front-end developers
    await q.query(`
      CREATE TABLE sandbox_codes (
        id bigserial PRIMARY KEY,
        person_id text NOT NULL,
        purpose text NOT NULL,
        code text NOT NULL,
        channel text NOT NULL,
        sent_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sandbox_codes_person ON sandbox_codes (person_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'sandbox_codes',
      'signing_keys',
      'login_attempts',
      'auth_refresh_tokens',
      'auth_sessions',
      'auth_codes',
      'auth_accounts',
      'auth_clients',
    ])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
