import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner webhook subscriptions, their deliveries (with the dead-letter list) and every attempt. */
export class Webhooks1763800000610 implements MigrationInterface {
  name = 'Webhooks1763800000610';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_subscriptions (
        id           uuid PRIMARY KEY,
        owner        text NOT NULL,
        url          text NOT NULL,
        event_types  text[] NOT NULL,
        regions      text[] NOT NULL DEFAULT '{}',
        description  text,
        secret       text NOT NULL,
        active       boolean NOT NULL DEFAULT true,
        created_at   timestamptz NOT NULL DEFAULT now(),
        deleted_at   timestamptz
      )`);
    await q.query(`CREATE INDEX webhook_subscriptions_owner ON webhook_subscriptions (owner, created_at)`);
    await q.query(`CREATE INDEX webhook_subscriptions_types ON webhook_subscriptions USING gin (event_types) WHERE active`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        seq              bigserial UNIQUE,
        id               uuid PRIMARY KEY,
        subscription_id  uuid NOT NULL REFERENCES webhook_subscriptions (id),
        event_id         text NOT NULL,
        event_type       text NOT NULL,
        event            jsonb NOT NULL,
        attempt          integer NOT NULL DEFAULT 0,
        status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        next_attempt_at  timestamptz NOT NULL DEFAULT now(),
        last_status      integer,
        last_error       text,
        delivered_at     timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, event_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, status, seq)`);
    await q.query(`
      CREATE TABLE webhook_delivery_attempts (
        id            bigserial PRIMARY KEY,
        delivery_id   uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempt       integer NOT NULL,
        status_code   integer,
        error         text,
        duration_ms   integer NOT NULL,
        attempted_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_delivery_attempts_delivery ON webhook_delivery_attempts (delivery_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_delivery_attempts');
    await q.query('DROP TABLE webhook_deliveries');
    await q.query('DROP TABLE webhook_subscriptions');
  }
}
