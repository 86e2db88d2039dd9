import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { FEED_RESOURCE_NAMES, type FeedResource } from '@siapkerja/contracts';
import type { EventEnvelope } from '@siapkerja/events';
import type { FeedChange } from './feed.resources';

/** A feed item: one change, as pages and snapshot parts carry it. */
export interface FeedItem {
  cursor: string;
  op: 'upsert' | 'delete';
  id: string;
  data: Record<string, unknown> | null;
  regionCode: string | null;
  occurredAt: string;
}

export interface FeedPage {
  items: FeedItem[];
  nextCursor: string;
  hasMore: boolean;
}

/** What the manifest says of a part, plus the id range the part covers (kept server-side). */
interface StoredPart {
  records: number;
  sha256: string;
  bytes: number;
  /** the part holds the resources with after < id <= last (in the database's id order) */
  after: string;
  last: string;
}

export interface SnapshotRow {
  id: string;
  resource: FeedResource;
  region: string | null;
  cursor: string;
  parts: StoredPart[];
  records: string;
  created_at: Date;
}

interface EntryRow {
  seq: string;
  op: 'upsert' | 'delete';
  resource_id: string;
  data: Record<string, unknown> | null;
  region_code: string | null;
  occurred_at: Date;
}

/** pg advisory lock class of the feed appends; the object id is the resource's index. */
const FEED_APPEND_LOCK_CLASS = 72_700_003;

function toItem(r: EntryRow): FeedItem {
  return { cursor: r.seq, op: r.op, id: r.resource_id, data: r.data, regionCode: r.region_code, occurredAt: r.occurred_at.toISOString() };
}

function regionClause(param: number): string {
  return `(region_code = $${param} OR region_code LIKE $${param} || '.%')`;
}

/**
 * The change feed. Ingestion: the inbox consumer `integration.feed` (feed.consumer.ts) appends one immutable row per
 * event of a public resource (exactly once: the inbox row and the feed row commit together).
 *
 * Gap-free reading. `seq` comes from a sequence, so two concurrent appends could commit in the other
 * order: a follower that has read seq 11 would never see seq 10 committed a moment later. Appends of one
 * resource therefore take a transaction-level advisory lock before they draw their seq; the lock is
 * released only after the commit is visible, so within a resource seq order is commit order, and every
 * row below a visible seq is already visible. We chose this over a visibility watermark
 * (pg_snapshot_xmin) because it keeps the read path a plain `seq > after` query and makes "the highest
 * seq now" a consistent snapshot cursor; the cost, serialised appends per resource, is a short insert
 * per event and far below the event rates of these resources. Rolled-back appends leave holes in the
 * numbers, which is harmless: a cursor is "after", never "count".
 */
@Injectable()
export class FeedService {
  constructor(private readonly ds: DataSource) {}

  /** Appends one change inside the inbox transaction (see the class comment for the lock). */
  async append(manager: EntityManager, resource: FeedResource, change: FeedChange, e: EventEnvelope): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [FEED_APPEND_LOCK_CLASS, FEED_RESOURCE_NAMES.indexOf(resource)]);
    let data = change.data;
    if (change.patch && data) {
      // an update event carries only what changed: merge it onto the latest representation
      const [latest]: { op: string; data: Record<string, unknown> | null }[] = await manager.query(
        `SELECT op, data FROM feed_entries WHERE resource = $1 AND resource_id = $2 ORDER BY seq DESC LIMIT 1`,
        [resource, change.resourceId],
      );
      if (latest?.op === 'delete') return; // nothing changes on a deleted resource
      data = { id: change.resourceId, ...(latest?.data ?? {}), ...data };
    }
    await manager.query(
      `INSERT INTO feed_entries (resource, resource_id, op, data, region_code, event_id, event_type, occurred_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
      [resource, change.resourceId, change.op, data === null ? null : JSON.stringify(data), change.regionCode, e.id, e.type, e.time],
    );
  }

  async page(resource: FeedResource, after: string, limit: number, region?: string): Promise<FeedPage> {
    const params: unknown[] = [resource, after, limit + 1];
    let where = 'resource = $1 AND seq > $2';
    if (region) {
      params.push(region);
      where += ` AND ${regionClause(4)}`;
    }
    const rows: EntryRow[] = await this.ds.query(
      `SELECT seq::text AS seq, op, resource_id, data, region_code, occurred_at FROM feed_entries WHERE ${where} ORDER BY feed_entries.seq LIMIT $3`,
      params,
    );
    const hasMore = rows.length > limit;
    const items = rows.slice(0, limit).map(toItem);
    return { items, hasMore, nextCursor: items.length ? items[items.length - 1].cursor : after };
  }

  /** The latest live entry of each resource id with seq <= cursor, in id order, within (after, last]. */
  private async latest(
    resource: FeedResource,
    cursor: string,
    after: string,
    opts: { last?: string; limit?: number; region?: string | null },
  ): Promise<EntryRow[]> {
    const params: unknown[] = [resource, cursor, after];
    let inner = 'resource = $1 AND seq <= $2 AND resource_id > $3';
    if (opts.last !== undefined) {
      params.push(opts.last);
      inner += ` AND resource_id <= $${params.length}`;
    }
    let outer = `op = 'upsert'`;
    if (opts.region) {
      params.push(opts.region);
      outer += ` AND ${regionClause(params.length)}`;
    }
    let limit = '';
    if (opts.limit !== undefined) {
      params.push(opts.limit);
      limit = `LIMIT $${params.length}`;
    }
    return this.ds.query(
      `SELECT seq::text AS seq, op, resource_id, data, region_code, occurred_at FROM (
         SELECT DISTINCT ON (resource_id) seq, op, resource_id, data, region_code, occurred_at
           FROM feed_entries WHERE ${inner} ORDER BY resource_id, seq DESC
       ) latest WHERE ${outer} ORDER BY resource_id ${limit}`,
      params,
    );
  }

  private static ndjson(rows: EntryRow[]): Buffer {
    return Buffer.from(rows.map((r) => JSON.stringify(toItem(r)) + '\n').join(''), 'utf8');
  }

  /**
   * A snapshot consistent with a feed cursor: the cursor is the highest seq committed now (every lower
   * seq is committed too, see the class comment), and the parts hold the latest live state of every
   * resource as of that cursor. Rows with seq <= cursor never change, so a part is regenerated on request
   * byte for byte; the manifest's sha256 proves it.
   */
  async createSnapshot(resource: FeedResource, region: string | undefined, partSize: number): Promise<SnapshotRow> {
    const [{ cursor }] = await this.ds.query(`SELECT coalesce(max(seq), 0)::text AS cursor FROM feed_entries WHERE resource = $1`, [
      resource,
    ]);
    const parts: StoredPart[] = [];
    let after = '';
    let records = 0;
    for (;;) {
      const rows = await this.latest(resource, cursor, after, { limit: partSize, region });
      if (!rows.length) break;
      const body = FeedService.ndjson(rows);
      const last = rows[rows.length - 1].resource_id;
      parts.push({ records: rows.length, sha256: createHash('sha256').update(body).digest('hex'), bytes: body.length, after, last });
      records += rows.length;
      after = last;
      if (rows.length < partSize) break;
    }
    const [row] = await this.ds.query(
      `INSERT INTO feed_snapshots (id, resource, region, cursor, part_size, parts, records) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       RETURNING id, resource, region, cursor::text AS cursor, parts, records::text AS records, created_at`,
      [randomUUID(), resource, region ?? null, cursor, partSize, JSON.stringify(parts), records],
    );
    return row;
  }

  async getSnapshot(resource: FeedResource, id: string): Promise<SnapshotRow | undefined> {
    // the 8-4-4-4-12 form only: other strings of 36 hex digits and dashes (36 dashes) fail the uuid cast (INTERNAL, not 404)
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
    const [row] = await this.ds.query(
      `SELECT id, resource, region, cursor::text AS cursor, parts, records::text AS records, created_at FROM feed_snapshots WHERE id = $1 AND resource = $2`,
      [id, resource],
    );
    return row;
  }

  /** The bytes of one part, regenerated and checked against the manifest. */
  async part(snapshot: SnapshotRow, index: number): Promise<Buffer> {
    return (await this.partWithItems(snapshot, index)).body;
  }

  /** The bytes of one part (checked against the manifest) and the items they hold. */
  async partWithItems(snapshot: SnapshotRow, index: number): Promise<{ body: Buffer; items: FeedItem[] }> {
    const p = snapshot.parts[index];
    const rows = await this.latest(snapshot.resource, snapshot.cursor, p.after, { last: p.last, region: snapshot.region });
    const body = FeedService.ndjson(rows);
    const sha = createHash('sha256').update(body).digest('hex');
    if (sha !== p.sha256) throw new Error(`snapshot ${snapshot.id} part ${index} no longer matches its checksum`);
    return { body, items: rows.map(toItem) };
  }
}
