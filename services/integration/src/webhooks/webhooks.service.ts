import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PUBLIC_EVENT_DEFINITIONS } from '@siapkerja/contracts';
import { conflict, DomainError, echo } from '@siapkerja/errors';
import { on } from '@siapkerja/events';
import { SERVICE_CONFIG, type EventConsumer } from '@siapkerja/service-kit';
import type { IntegrationConfig } from '../integration.config';
import { DeliveryWorker, targetPolicy } from './delivery.worker';
import { newSecret } from './signature';
import { checkTarget } from './ssrf';

export interface SubscriptionRow {
  id: string;
  owner: string;
  url: string;
  event_types: string[];
  regions: string[];
  description: string | null;
  active: boolean;
  created_at: Date;
}

export interface DeliveryRow {
  seq: string;
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  event?: Record<string, unknown>;
  attempt: number;
  status: 'pending' | 'delivered' | 'dead';
  next_attempt_at: Date;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
}

export interface AttemptRow {
  attempt: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  attempted_at: Date;
}

const MAX_SUBSCRIPTIONS_PER_OWNER = 100;
/** pg advisory lock class of an owner's subscription creates (the object id is hashtext(owner)); the feed appends use 72_700_003 */
const SUBSCRIPTIONS_LOCK_CLASS = 72_700_004;
/** events up to this long before a subscription was made still reach it (clock skew between hosts) */
const SUBSCRIPTION_GRACE = '5 seconds';
const DELIVERY_COLUMNS =
  'd.seq::text AS seq, d.id, d.subscription_id, d.event_id, d.event_type, d.attempt, d.status, d.next_attempt_at, d.last_status, d.last_error, d.delivered_at, d.created_at';

/**
 * The `integration.webhooks` inbox consumer: fans each public event out into one delivery per matching subscription (in
 * the inbox transaction, so exactly once per subscription and event; unique (subscription_id, event_id) guards it again).
 * The DeliveryWorker sends them.
 */
@Injectable()
export class WebhooksConsumer implements EventConsumer {
  readonly consumerName = 'webhooks';

  constructor(private readonly worker: DeliveryWorker) {}

  handlers() {
    return PUBLIC_EVENT_DEFINITIONS.map((def) =>
      on(def, async (e, m) => {
        const inserted: unknown[] = await m.query(
          `INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, event)
           SELECT gen_random_uuid(), s.id, $1, $2, $3::jsonb FROM webhook_subscriptions s
            WHERE s.active AND $2 = ANY (s.event_types)
              AND s.created_at <= $5::timestamptz + interval '${SUBSCRIPTION_GRACE}'
              AND (cardinality(s.regions) = 0 OR EXISTS (SELECT 1 FROM unnest(s.regions) r WHERE $4::text = r OR $4::text LIKE r || '.%'))
           ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
          [e.id, e.type, JSON.stringify(e), e.regioncode ?? null, e.time],
        );
        if (inserted.length) setImmediate(() => this.worker.nudge());
      }),
    );
  }
}

/** Partner webhooks: subscriptions of an owner (a partner's OAuth client, or an account), its deliveries and replays. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly ds: DataSource,
    @Inject(SERVICE_CONFIG) private readonly cfg: IntegrationConfig,
    private readonly worker: DeliveryWorker,
  ) {}

  /** Refuses SSRF targets (TargetRefusedError) before anything is stored. */
  async subscribe(
    owner: string,
    input: { url: string; eventTypes: string[]; regions?: string[]; description?: string },
  ): Promise<SubscriptionRow & { secret: string }> {
    const target = await checkTarget(input.url, targetPolicy(this.cfg));
    const secret = newSecret();
    // count and insert under one lock per owner, held to the commit: concurrent creates of one owner are counted one
    // after the other, so the limit holds (a plain count then insert lets every racing create see the same count)
    const row = await this.ds.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SUBSCRIPTIONS_LOCK_CLASS, owner]);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM webhook_subscriptions WHERE owner = $1 AND active`, [owner]);
      if (n >= MAX_SUBSCRIPTIONS_PER_OWNER) throw conflict(`At most ${MAX_SUBSCRIPTIONS_PER_OWNER} active subscriptions per client`);
      const [inserted]: SubscriptionRow[] = await m.query(
        `INSERT INTO webhook_subscriptions (id, owner, url, event_types, regions, description, secret) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, owner, url, event_types, regions, description, active, created_at`,
        [
          randomUUID(),
          owner,
          target.url.toString(),
          [...new Set(input.eventTypes)],
          [...new Set(input.regions ?? [])],
          input.description ?? null,
          secret,
        ],
      );
      return inserted;
    });
    return { ...row, secret };
  }

  async list(owner: string): Promise<SubscriptionRow[]> {
    return this.ds.query(
      `SELECT id, owner, url, event_types, regions, description, active, created_at FROM webhook_subscriptions WHERE owner = $1 AND active ORDER BY created_at, id`,
      [owner],
    );
  }

  async get(owner: string, id: string): Promise<SubscriptionRow> {
    const [row] = isUuid(id)
      ? await this.ds.query(
          `SELECT id, owner, url, event_types, regions, description, active, created_at FROM webhook_subscriptions WHERE owner = $1 AND id = $2 AND active`,
          [owner, id],
        )
      : [];
    if (!row) throw new DomainError('NOT_FOUND', `No subscription ${echo(id)}`);
    return row;
  }

  /** Deactivates the subscription; its pending deliveries are dropped into the dead-letter list. */
  async unsubscribe(owner: string, id: string): Promise<void> {
    await this.get(owner, id);
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE webhook_subscriptions SET active = false, deleted_at = now() WHERE id = $1`, [id]);
      await m.query(
        `UPDATE webhook_deliveries SET status = 'dead', last_error = 'subscription deleted', updated_at = now() WHERE subscription_id = $1 AND status = 'pending'`,
        [id],
      );
    });
  }

  async deliveries(
    owner: string,
    q: { status?: string; subscriptionId?: string; after?: string; limit: number },
  ): Promise<{ items: DeliveryRow[]; nextCursor: string | null }> {
    const params: unknown[] = [owner, q.after ?? '0', q.limit + 1];
    let where = 's.owner = $1 AND d.seq > $2';
    if (q.status) {
      params.push(q.status);
      where += ` AND d.status = $${params.length}`;
    }
    if (q.subscriptionId) {
      params.push(q.subscriptionId);
      where += ` AND d.subscription_id = $${params.length}`;
    }
    const rows: DeliveryRow[] = await this.ds.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE ${where} ORDER BY d.seq LIMIT $3`,
      params,
    );
    const items = rows.slice(0, q.limit);
    return { items, nextCursor: rows.length > q.limit ? items[items.length - 1].seq : null };
  }

  async delivery(owner: string, id: string, db: Pick<EntityManager, 'query'> = this.ds): Promise<DeliveryRow & { attempts: AttemptRow[] }> {
    const [row] = isUuid(id)
      ? await db.query(
          `SELECT ${DELIVERY_COLUMNS}, d.event FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE s.owner = $1 AND d.id = $2`,
          [owner, id],
        )
      : [];
    if (!row) throw new DomainError('NOT_FOUND', `No delivery ${echo(id)}`);
    const attempts: AttemptRow[] = await db.query(
      `SELECT attempt, status_code, error, duration_ms, attempted_at FROM webhook_delivery_attempts WHERE delivery_id = $1 ORDER BY id`,
      [id],
    );
    return { ...row, attempts };
  }

  /** Sends a dead (or already delivered) delivery again, with a fresh set of attempts. */
  async replay(owner: string, id: string): Promise<DeliveryRow & { attempts: AttemptRow[] }> {
    const current = await this.delivery(owner, id);
    if (current.status === 'pending') throw conflict('The delivery is still pending; only dead or delivered deliveries can be replayed');
    const [{ active }] = await this.ds.query(`SELECT active FROM webhook_subscriptions WHERE id = $1`, [current.subscription_id]);
    if (!active) throw conflict('The subscription was deleted');
    // the reset and the answer are read in one transaction, so a worker that claims the delivery
    // right after the commit cannot change what this replay reports
    const replayed = await this.ds.transaction(async (m) => {
      // TypeORM answers an UPDATE with [rows, affected]
      const [, affected]: [unknown[], number] = await m.query(
        `UPDATE webhook_deliveries SET status = 'pending', attempt = 0, next_attempt_at = now(), last_error = NULL, last_status = NULL, delivered_at = NULL, updated_at = now()
          WHERE id = $1 AND status = $2 RETURNING id`,
        [id, current.status],
      );
      if (!affected) throw conflict('The delivery changed meanwhile; try again');
      return this.delivery(owner, id, m);
    });
    this.worker.nudge();
    return replayed;
  }
}

function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
