import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The change feed: one immutable row per change of a public resource, and snapshot manifests. */
export class Feed1763800000600 implements MigrationInterface {
  name = 'Feed1763800000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE feed_entries (
        seq          bigserial PRIMARY KEY,
        resource     text NOT NULL,
        resource_id  text NOT NULL,
        op           text NOT NULL CHECK (op IN ('upsert', 'delete')),
        data         jsonb,
        region_code  text,
        event_id     text NOT NULL UNIQUE,
        event_type   text NOT NULL,
        occurred_at  timestamptz NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        CHECK ((op = 'delete') = (data IS NULL))
      )`);
    // paging the feed of one resource by cursor
    await q.query(`CREATE INDEX feed_entries_resource_seq ON feed_entries (resource, seq)`);
    // snapshots: the latest entry per resource id as of a cursor, in id order
    await q.query(`CREATE INDEX feed_entries_latest ON feed_entries (resource, resource_id, seq DESC)`);
    await q.query(`
      CREATE TABLE feed_snapshots (
        id          uuid PRIMARY KEY,
        resource    text NOT NULL,
        region      text,
        cursor      bigint NOT NULL,
        part_size   integer NOT NULL,
        parts       jsonb NOT NULL,
        records     bigint NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE feed_snapshots');
    await q.query('DROP TABLE feed_entries');
  }
}
