import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters (one row per key and fixed one-minute window, shared by every gateway replica)
 * and stored Idempotency-Key responses.
 *
 * The counters table is UNLOGGED: no WAL per request; after a crash or fail-over the counters
 * start again from zero, which for one-minute windows is harmless.
 */
export class TrafficRateLimitsIdempotency1763800002000 implements MigrationInterface {
  name = 'TrafficRateLimitsIdempotency1763800002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    await q.query(`CREATE INDEX rate_limit_counters_window_start_idx ON rate_limit_counters (window_start)`);
    await q.query(`
      CREATE TABLE idempotency_keys (
        principal text NOT NULL,
        key text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        request_hash char(64) NOT NULL,
        lock_token uuid NOT NULL,
        status_code integer,
        response_headers jsonb,
        response_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (principal, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE rate_limit_counters`);
  }
}

/** Rate-limit windows of other lengths than one minute (the login throttle counts failures per 15 minutes). */
export class RateLimitWindowSeconds1763800005100 implements MigrationInterface {
  name = 'RateLimitWindowSeconds1763800005100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limit_counters ADD COLUMN window_seconds integer NOT NULL DEFAULT 60 CHECK (window_seconds > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limit_counters DROP COLUMN window_seconds`);
  }
}
