import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/** Rows of a statement (also of UPDATE/DELETE ... RETURNING), through TypeORM's structured result. */
export async function rows<T>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  const qr = ds.createQueryRunner();
  try {
    const r = await qr.query(sql, params, true);
    return (r.records ?? []) as T[];
  } finally {
    await qr.release();
  }
}

export class AuthTables1763800001000 implements MigrationInterface {
  name = 'AuthTables1763800001000';
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
      CREATE TABLE auth_nonces (
        client_id text NOT NULL,
        nonce text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (client_id, nonce)
      )`);
    await q.query(`CREATE INDEX auth_nonces_expires ON auth_nonces (expires_at)`);
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
        updated_at timestamptz NOT NULL DEFAULT now()
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
  }
  async down(q: QueryRunner): Promise<void> {
    for (const t of ['auth_refresh_tokens', 'auth_sessions', 'auth_codes', 'auth_accounts', 'auth_nonces', 'auth_clients'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
