import { randomUUID } from 'node:crypto';
import type { Client, Pool, QueryResult } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@siapkerja/errors';
import { correlationId, CORRELATION_HEADER, requestDeadline, type Logger } from '@siapkerja/logging';
import { holdWritesThisTurn, sendTogether, withPipeline } from '@siapkerja/persistence';
import { buildEvent, type EventDefinition, type EventEnvelope, type NewEvent } from './envelope';
import type { EventBus } from './port';

/**
 * The statement that appends events to the outbox: one whatever the number of events, the rows as one JSON array
 * parameter (serialized once; PostgreSQL parses it once), in order. None without events.
 */
function outboxStatement(events: { topic: string; envelope: EventEnvelope }[]): { text: string; values: unknown[] } | undefined {
  if (!events.length) return undefined;
  const corr = correlationId();
  const rows = events.map((e) => {
    const headers: Record<string, string> = { 'ce-type': e.envelope.type, 'ce-id': e.envelope.id };
    if (corr) headers[CORRELATION_HEADER] = corr;
    return { t: e.topic, p: e.envelope, h: headers };
  });
  return {
    text: `INSERT INTO outbox_events (id, topic, message_key, payload, headers)
     SELECT (e->'p'->>'id')::uuid, e->>'t', e->'p'->>'subject', e->'p', e->'h' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(e, n)
      ORDER BY n`,
    values: [JSON.stringify(rows)],
  };
}

/** Published outbox rows are kept this long after their publication (for inspection), then deleted. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 3600 * 1000;
/**
 * The inbox keeps a consumed event's id this long (against a redelivery), then forgets it: well past the brokers' own
 * retention of the events (Kafka's default, and this project's brokers: 7 days), so no event the inbox forgot can still
 * be delivered.
 */
export const INBOX_RETENTION_MS = 30 * 24 * 3600 * 1000;
/** Rows a purge's statement looks at, at most (short transactions; a purge runs statements until one finds fewer). */
export const PURGE_BATCH = 5000;

/**
 * One step of the outbox's purge: the next $2 rows after seq $3 along the primary key (the front of the table: rows are
 * appended in seq order, so the old ones lie at its start), up to the first row created within the retention of $1 ms
 * (found the same way); of those, the ones published before the retention began are deleted. Answers how many it
 * deleted, how many it looked at and the last seq it looked at (the next step starts after it; a step that looked at
 * fewer than $2 reached the boundary). The rows are taken along the key by the order and limit alone, never by a filter
 * on published_at, which no index leads to: a planner estimating few expired rows would read the whole table for them
 * (the old purge did, every minute on every instance); the rows to delete go to the DELETE as an array of keys (an index
 * probe each; a join could hash the whole table). Rows not yet published stay; a concurrent purge's deletions are waited
 * for and counted once. A row behind the boundary in seq order yet older than it (only a transaction open for longer
 * than the retention could write one) goes once the boundary has passed it.
 */
export const OUTBOX_PURGE_SQL = `WITH front AS MATERIALIZED (
    SELECT seq, published_at FROM outbox_events
     WHERE seq > $3::bigint
       AND seq < coalesce(
             (SELECT seq FROM outbox_events WHERE created_at >= now() - $1::bigint * interval '1 millisecond' ORDER BY seq LIMIT 1),
             9223372036854775807)
     ORDER BY seq LIMIT $2),
  gone AS (
    DELETE FROM outbox_events
     WHERE seq = ANY (ARRAY(SELECT seq FROM front WHERE published_at < now() - $1::bigint * interval '1 millisecond')) RETURNING 1)
  SELECT (SELECT count(*) FROM gone)::int AS deleted, (SELECT count(*) FROM front)::int AS examined,
         (SELECT max(seq) FROM front)::text AS last`;

/**
 * The inbox rows of events consumed more than $1 ms ago, oldest first, at most $2, deleted: found along
 * inbox_events_processed, deleted by their row addresses (a TID scan; inbox rows are never updated, so an address read
 * in the statement's snapshot is the row's). Both steps as arrays of keys, so no plan joins the table to a hash of it.
 */
export const INBOX_PURGE_SQL = `DELETE FROM inbox_events
  WHERE ctid = ANY (ARRAY(
    SELECT ctid FROM inbox_events WHERE processed_at < now() - $1::bigint * interval '1 millisecond' ORDER BY processed_at LIMIT $2))`;

export interface RelayOptions {
  batchSize?: number;
  idleMs?: number;
  maxBackoffMs?: number;
  /** published rows older than this are deleted (default {@link OUTBOX_RETENTION_MS}, 7 days) */
  retentionMs?: number;
  /** consumed events' ids older than this are forgotten by the inbox (default {@link INBOX_RETENTION_MS}, 30 days) */
  inboxRetentionMs?: number;
  /**
   * How long a claimed batch belongs to the relay that claimed it (default 60 s): rows a relay claimed and neither
   * published nor gave back (it crashed, or its publish outlasted the claim) are claimed and sent again after it.
   */
  claimMs?: number;
  /**
   * Shortest time between the starts of two ticks when the last one left nothing behind (default 20 ms): a nudge after
   * every commit then costs one claim, one publish and one update per interval for all the rows committed meanwhile,
   * instead of one of each per commit. A lone commit after a quiet spell goes out at once.
   */
  minIntervalMs?: number;
}

/** A claimed outbox row, as the relay sends it. */
interface ClaimedRow {
  seq: string;
  topic: string;
  message_key: string;
  payload: string;
  headers: Record<string, string>;
}

/**
 * Publishes committed outbox rows to the bus and marks them sent, without holding a transaction, a lock or a pool
 * connection while it publishes (a broker outage, during which kafkajs retries for seconds, must not make writers wait):
 * 1. claim, in a short transaction: the database's one relay-state row (`outbox_relay`) is locked (one claim at a time,
 *    whichever relay instance); when no claim is in flight (none, or expired), the oldest unpublished rows are read (by
 *    seq) and the state row gets this relay's claim token and expiry (`claimMs`); commit. No outbox row is written;
 * 2. publish the batch, outside any transaction;
 * 3. mark the rows published and end the claim (one short transaction), or, when the publish failed, note the error on
 *    the rows, end the claim and retry with backoff. A relay that dies in between leaves its claim to expire; the rows
 *    are then claimed and sent again (at least once, in seq order: a broker outage delays events, never loses them).
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private lastCleanup = 0;
  published = 0;
  failures = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly opts: RelayOptions = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Ask the relay to look now (after a commit) instead of at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  async pending(): Promise<number> {
    const [r] = await this.ds.query(`SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL`);
    return r.n;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    const batch = this.opts.batchSize ?? 200;
    const interval = this.opts.minIntervalMs ?? 20;
    let backoff = 0;
    while (this.running) {
      try {
        const started = Date.now();
        const n = await this.tick(batch);
        backoff = 0;
        if (n < batch) {
          await this.sleep(this.opts.idleMs ?? 250);
          const rest = started + interval - Date.now();
          if (rest > 0 && this.running) await new Promise((r) => setTimeout(r, rest));
        }
        await this.cleanup();
      } catch (e) {
        this.failures++;
        backoff = Math.min(backoff ? backoff * 2 : 250, this.opts.maxBackoffMs ?? 5000);
        this.logger.warn({ error: String(e), retryInMs: backoff }, 'outbox relay could not publish, will retry');
        await this.sleep(backoff);
      }
    }
  }

  /** Publishes up to `limit` rows; returns how many were published (0 also when another relay's batch is in flight). */
  async tick(limit = 200): Promise<number> {
    const token = randomUUID();
    const rows = await this.claim(limit, token);
    if (!rows.length) return 0;
    const seqs = rows.map((r) => r.seq);
    try {
      await this.bus.publish(rows.map((r) => ({ topic: r.topic, key: r.message_key, value: r.payload, headers: r.headers })));
    } catch (e) {
      // end the claim at once (not at its expiry) and note the error, for the retry after the backoff
      await this.ds
        .transaction(async (m) => {
          await m.query(`UPDATE outbox_events SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[])`, [
            seqs,
            String(e).slice(0, 1000),
          ]);
          await m.query(`UPDATE outbox_relay SET claim_token = NULL, claimed_until = NULL WHERE id = 1 AND claim_token = $1`, [token]);
        })
        .catch(() => undefined);
      throw e;
    }
    // sequence numbers only (digits, checked) and a UUID, so the update goes as one simple query with its own SET LOCAL
    if (!seqs.every((q) => /^\d+$/.test(q))) throw new Error('outbox seq must be digits');
    await this.simpleTransaction(
      `BEGIN; SET LOCAL synchronous_commit = off;
       UPDATE outbox_events SET published_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE seq = ANY('{${seqs.join(',')}}'::bigint[]) AND published_at IS NULL;
       UPDATE outbox_relay SET claim_token = NULL, claimed_until = NULL WHERE id = 1 AND claim_token = '${token}';
       COMMIT`,
    );
    this.published += rows.length;
    return rows.length;
  }

  /**
   * Claims the oldest unpublished rows for this relay, in seq order; none while another relay's claim is in flight
   * (unexpired), so batches go out one after the other and each key's order holds. One round trip: a transaction of its
   * own, sent as one simple query. The state row is locked by a statement of its own, so the rows are read with a
   * snapshot taken after the previous claim's holder committed (its rows then read as published).
   * The relay's own transactions (claim, mark sent) commit without waiting for the WAL flush (synchronous_commit off):
   * one lost in a crash of the database only means its rows are claimed or sent again (at least once, as always), and a
   * stream of writes no longer pays two more flushes per tick on top of its own.
   */
  private async claim(limit: number, token: string): Promise<ClaimedRow[]> {
    const n = Math.max(1, Math.floor(limit));
    const claimMs = Math.max(1, Math.floor(this.opts.claimMs ?? 60_000));
    if (!/^[0-9a-f-]{36}$/.test(token)) throw new Error('claim token must be a UUID');
    // the payload as PostgreSQL prints it (JSON text), sent as it is: not parsed and serialized again here
    const results = await this.simpleTransaction<ClaimedRow>(
      `BEGIN;
       SET LOCAL synchronous_commit = off;
       SELECT 1 FROM outbox_relay WHERE id = 1 FOR UPDATE;
       WITH free AS (SELECT 1 FROM outbox_relay WHERE id = 1 AND (claimed_until IS NULL OR claimed_until < now())),
       batch AS (
         SELECT seq, topic, message_key, payload::text AS payload, headers FROM outbox_events
          WHERE published_at IS NULL AND EXISTS (SELECT 1 FROM free)
          ORDER BY seq LIMIT ${n}),
       claimed AS ( -- runs whether or not the query reads it
         UPDATE outbox_relay SET claim_token = '${token}', claimed_until = now() + interval '${claimMs} milliseconds'
          WHERE id = 1 AND EXISTS (SELECT 1 FROM batch) RETURNING 1)
       SELECT * FROM batch ORDER BY seq;
       COMMIT`,
    );
    return results[3].rows;
  }

  /**
   * Runs `sql` (BEGIN; ...; COMMIT, no parameters) as one simple query on a connection of its own; on an error the
   * transaction is rolled back before the connection goes back to the pool (or the connection is dropped).
   */
  private async simpleTransaction<R extends object>(sql: string): Promise<QueryResult<R>[]> {
    const pool = (this.ds.driver as unknown as { master: Pool }).master;
    const client = await pool.connect();
    try {
      const results = (await client.query(sql)) as unknown as QueryResult<R>[];
      client.release();
      return results;
    } catch (e) {
      const broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      client.release(broken);
      throw e;
    }
  }

  private async cleanup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    // housekeeping: a failed purge is tried again a minute later and never holds back the events
    await this.purgeExpired().catch((e: unknown) =>
      this.logger.warn({ error: String(e) }, 'outbox relay: purging expired outbox and inbox rows failed, will retry'),
    );
  }

  /**
   * Deletes the outbox rows published longer ago than the retention and the inbox rows older than the inbox's (the same
   * database: every service has both tables), in statements of {@link PURGE_BATCH} rows, each its own short transaction;
   * at most `maxBatches` statements per table (a backlog goes on at the next purge, a minute later). Answers how many
   * rows of each went.
   */
  async purgeExpired(maxBatches = 20): Promise<{ outbox: number; inbox: number }> {
    const ms = (retention: number) => Math.max(0, Math.floor(retention));
    let outbox = 0;
    let after = '0';
    for (let i = 0; i < maxBatches; i++) {
      const [step]: { deleted: number; examined: number; last: string | null }[] = await this.ds.query(OUTBOX_PURGE_SQL, [
        ms(this.opts.retentionMs ?? OUTBOX_RETENTION_MS),
        PURGE_BATCH,
        after,
      ]);
      outbox += step.deleted;
      if (step.examined < PURGE_BATCH || step.last === null) break;
      after = step.last;
    }
    let inbox = 0;
    for (let i = 0; i < maxBatches; i++) {
      const [, n] = (await this.ds.query(INBOX_PURGE_SQL, [ms(this.opts.inboxRetentionMs ?? INBOX_RETENTION_MS), PURGE_BATCH])) as [
        unknown,
        number,
      ];
      inbox += n;
      if (n < PURGE_BATCH) break;
    }
    return { outbox, inbox };
  }
}

/** What a use case gets inside a transaction: the manager and a way to emit events. */
export interface OutboxTx {
  manager: EntityManager;
  emit<T>(def: EventDefinition<T>, event: NewEvent<T>): EventEnvelope<T>;
}

/**
 * Runs a unit of work: state change and its events commit in one transaction; after the commit
 * the relay is nudged.
 */
export class TransactionalOutbox {
  private readonly committed: (() => Promise<void>)[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly source: string,
    private readonly relay?: OutboxRelay,
  ) {}

  /** Runs `listener` after every unit of work commits, before run() returns (e.g. to note the WAL position it reached). */
  onCommit(listener: () => Promise<void>): void {
    this.committed.push(listener);
  }

  async run<T>(work: (tx: OutboxTx) => Promise<T>): Promise<T> {
    // within a request with a deadline, the work ends before it or not at all: each statement may run only for the time
    // left (statement_timeout, mapped to UNAVAILABLE), and a unit of work that overran it rolls back instead of committing
    // a change whose answer nobody will read (the client's retry with its idempotency key then does it once)
    const deadline = requestDeadline();
    const late = () => new DomainError('UNAVAILABLE', 'The service is overloaded: the request could not finish in time, retry later');
    if (deadline !== undefined && deadline <= Date.now()) throw late();
    const pending: { topic: string; envelope: EventEnvelope }[] = [];
    const result = await this.transaction(
      deadline,
      (manager) =>
        work({
          manager,
          emit: (def, event) => {
            const envelope = buildEvent(def, this.source, event);
            pending.push({ topic: def.topic, envelope });
            return envelope;
          },
        }),
      () => {
        if (deadline !== undefined && Date.now() >= deadline) throw late();
        return outboxStatement(pending);
      },
    );
    // only a commit that appended events has anything for the relay (one that did not would cost it an empty claim)
    if (pending.length) this.relay?.nudge();
    for (const listener of this.committed) await listener();
    return result;
  }

  /**
   * A transaction on a connection of the source's pool, in pg's pipeline mode (withPipeline, libs/persistence): START
   * TRANSACTION (with the deadline's statement_timeout, an integer made here, as SET LOCAL in the same simple query) goes
   * out with no round trip of its own, the work's first statement right behind it; then `last` gives the statement that
   * ends the work (its outbox rows), which goes in one write with the COMMIT. PostgreSQL runs them in order: a failed
   * statement aborts the transaction and the COMMIT behind it answers ROLLBACK, so nothing of the unit is kept, and the
   * statement's own error is thrown. The query runner is told it is inside a transaction, as its own startTransaction
   * would have done (so saves inside do not open one and nested ones take savepoints). Two round trips fewer of the five
   * of a vacancy's creation: what it saves is the network's round trips, while the transaction holds its connection and
   * locks, where the database is on another host (k8s). On one machine over loopback the difference stayed within the
   * runs' noise (2 cores, 16 connections, 2026-12-06: the statements alone 547-701 creates/s one after the other and
   * 646-701 pipelined; through one gateway replica 234 creates/s against 220, the jobs service's CPU 1.50 ms per create
   * against 1.56).
   */
  private async transaction<T>(
    deadline: number | undefined,
    work: (manager: EntityManager) => Promise<T>,
    last: () => { text: string; values: unknown[] } | undefined,
  ): Promise<T> {
    const qr = this.ds.createQueryRunner();
    try {
      const client = (await qr.connect()) as Client;
      return await withPipeline(client, async () => {
        const begin =
          deadline === undefined
            ? 'START TRANSACTION'
            : `START TRANSACTION; SET LOCAL statement_timeout = ${Math.max(1, Math.floor(deadline - Date.now()))}`;
        let beginError: unknown;
        // START TRANSACTION waits for the work's first statement, sent in this turn of the event loop: both in one write
        holdWritesThisTurn(client);
        const begun = (client.query(begin) as unknown as Promise<unknown>).catch((e: unknown) => {
          beginError = e ?? new Error('START TRANSACTION failed');
        });
        Object.assign(qr, { isTransactionActive: true, transactionDepth: 1 });
        const rollback = async () => {
          await begun;
          await client.query('ROLLBACK').catch(() => undefined);
          Object.assign(qr, { isTransactionActive: false, transactionDepth: 0 });
        };
        let value: T;
        let tail: { text: string; values: unknown[] } | undefined;
        try {
          value = await work(qr.manager);
          await begun;
          if (beginError) throw beginError;
          tail = last();
        } catch (e) {
          await rollback();
          throw e;
        }
        const settled = await sendTogether(client, tail ? [tail, 'COMMIT'] : ['COMMIT']);
        Object.assign(qr, { isTransactionActive: false, transactionDepth: 0 });
        const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        // after a failed statement the COMMIT answered ROLLBACK; a COMMIT that failed itself ended the transaction too
        if (failed) throw failed.reason;
        const commit = settled[settled.length - 1] as PromiseFulfilledResult<QueryResult>;
        if (commit.value.command !== 'COMMIT') throw new Error(`the transaction was not committed (${commit.value.command})`);
        return value;
      });
    } finally {
      await qr.release();
    }
  }

  /**
   * A sweep in batches (expiry jobs): each batch is its own unit of work, in which `claim` selects and locks up to
   * `batchSize` due rows (FOR UPDATE SKIP LOCKED, so several instances may sweep at once), then `apply` changes them and
   * emits their events. Stops after the first batch smaller than `batchSize`; answers how many rows were claimed.
   */
  async sweep(
    batchSize: number,
    claim: (manager: EntityManager, limit: number) => Promise<string[]>,
    apply: (tx: OutboxTx, ids: string[]) => Promise<void>,
  ): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.run(async (tx) => {
        const ids = await claim(tx.manager, batchSize);
        if (ids.length) await apply(tx, ids);
        return ids.length;
      });
      total += n;
      if (n < batchSize) return total;
    }
  }
}
