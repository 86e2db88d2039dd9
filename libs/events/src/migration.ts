import type { MigrationInterface, QueryRunner } from 'typeorm';
import { indexMigration } from '@siapkerja/persistence';

/** Outbox and inbox tables; every service includes this migration. */
export class EventsOutboxInbox1763800000000 implements MigrationInterface {
  name = 'EventsOutboxInbox1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_events (
        seq          bigserial PRIMARY KEY,
        id           uuid NOT NULL UNIQUE,
        topic        text NOT NULL,
        message_key  text NOT NULL,
        payload      jsonb NOT NULL,
        headers      jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts     integer NOT NULL DEFAULT 0,
        last_error   text
      )`);
    await q.query(`CREATE INDEX outbox_events_unpublished ON outbox_events (seq) WHERE published_at IS NULL`);
    await q.query(`
      CREATE TABLE inbox_events (
        consumer     text NOT NULL,
        event_id     text NOT NULL,
        event_type   text NOT NULL,
        topic        text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inbox_events');
    await q.query('DROP TABLE outbox_events');
  }
}

/**
 * Claims of the outbox relay (see OutboxRelay): a batch is claimed in a short transaction and published outside any, so
 * a broker outage never holds a transaction, a lock or a connection that writers wait on. Every service includes it with
 * {@link EventsOutboxInbox1763800000000} (see EVENTS_MIGRATIONS).
 */
export class OutboxRelayClaims1763800000001 implements MigrationInterface {
  name = 'OutboxRelayClaims1763800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_events ADD COLUMN claimed_until timestamptz, ADD COLUMN claim_token uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_events DROP COLUMN claim_token, DROP COLUMN claimed_until`);
  }
}

/**
 * The relay's claim as one row per database instead of a claim written on every outbox row: a claim then costs one
 * single-row update per batch, and each event one write (marked published) instead of two (claimed, then published).
 */
export class OutboxRelayState1763800000002 implements MigrationInterface {
  name = 'OutboxRelayState1763800000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_relay (
        id            smallint PRIMARY KEY CHECK (id = 1),
        claim_token   uuid,
        claimed_until timestamptz
      )`);
    await q.query(`INSERT INTO outbox_relay (id) VALUES (1)`);
    await q.query(`ALTER TABLE outbox_events DROP COLUMN claim_token, DROP COLUMN claimed_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_events ADD COLUMN claimed_until timestamptz, ADD COLUMN claim_token uuid`);
    await q.query('DROP TABLE outbox_relay');
  }
}

/**
 * The inbox's retention (OutboxRelay.purgeExpired): its rows are found by the time their event was consumed. Without
 * this index the purge would read the whole table; the inbox had no retention before and grew with every event consumed.
 */
export const InboxRetention1763800000003 = indexMigration(
  'InboxRetention1763800000003',
  'inbox_events_processed',
  'inbox_events (processed_at)',
);

/** The migrations of the outbox and inbox tables, in order: every service database lists them. */
export const EVENTS_MIGRATIONS = [
  EventsOutboxInbox1763800000000,
  OutboxRelayClaims1763800000001,
  OutboxRelayState1763800000002,
  InboxRetention1763800000003,
];
