import type { DataSource, EntityManager } from 'typeorm';
import { acceptCorrelationId, CORRELATION_HEADER, runWithContext, type Logger } from '@siapkerja/logging';
import { parseEnvelope, PoisonMessageError, type EventDefinition, type EventEnvelope } from './envelope';
import type { ConsumedMessage, EventBus } from './port';

export interface EventHandler<T = unknown> {
  def: EventDefinition<T>;
  /** Runs inside the transaction that also records the event id in the inbox. */
  handle(event: EventEnvelope<T>, manager: EntityManager): Promise<void>;
  /**
   * Optional: the effect of several events of this type at once (consecutive on one partition, in order, none of them
   * seen before), inside the one transaction that records them all in the inbox. Must leave what handling them one by
   * one, in that order, would leave. Lets a consumer keep up with a high rate (one transaction per batch, not per event).
   */
  handleBatch?(events: EventEnvelope<T>[], manager: EntityManager): Promise<void>;
}

export function on<T>(
  def: EventDefinition<T>,
  handle: (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>,
): EventHandler<T> {
  return { def, handle };
}

/** A handler written for batches (see EventHandler.handleBatch); a single event is a batch of one. */
export function onBatch<T>(
  def: EventDefinition<T>,
  handleBatch: (events: EventEnvelope<T>[], manager: EntityManager) => Promise<void>,
): EventHandler<T> {
  return { def, handle: (e, m) => handleBatch([e], m), handleBatch };
}

export interface InboxConsumerOptions {
  /** consumer group id and inbox consumer name */
  name: string;
  ds: DataSource;
  bus: EventBus;
  logger: Logger;

  handlers: EventHandler<any>[];
  maxAttempts?: number;
  backoffMs?: number;
}

export const DEAD_LETTER_SUFFIX = '.dlt';

export type ConsumeOutcome = 'processed' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * Consumes events exactly once in effect: each event id is recorded in the inbox table in the
 * same transaction as the handler's effect, so a redelivered event changes nothing. A handler
 * that keeps failing is retried a bounded number of times, then the message goes to
 * `<topic>.dlt` with the error attached and the partition moves on. When the database itself is
 * down the message is not dead-lettered: it is redelivered until the database is back.
 */
export class InboxConsumer {
  private readonly byType = new Map<string, EventHandler<unknown>>();
  readonly topics: string[];
  stats = { processed: 0, duplicate: 0, ignored: 0, deadLettered: 0 };

  get name(): string {
    return this.opts.name;
  }

  constructor(private readonly opts: InboxConsumerOptions) {
    for (const h of opts.handlers) this.byType.set(h.def.type, h);
    this.topics = [...new Set(opts.handlers.map((h) => h.def.topic))];
  }

  get deadLetterTopics(): string[] {
    return this.topics.map((t) => t + DEAD_LETTER_SUFFIX);
  }

  async start(): Promise<void> {
    const batching = this.opts.handlers.some((h) => h.handleBatch);
    await this.opts.bus.subscribe(
      this.opts.name,
      this.topics,
      (m) => this.consume(m).then(() => undefined),
      batching ? { batchHandler: (ms) => this.consumeBatch(ms) } : {},
    );
  }

  /**
   * Messages of one partition, in order: each run of consecutive events whose handler takes batches is applied in ONE
   * transaction (their inbox rows, then the handler with the events not seen before); anything else, and every event of a
   * run whose transaction failed, goes through consume() one by one, with its retries and dead-letter topic, exactly as
   * when delivered alone. Rejects (the bus redelivers) only when consume() does: the database is down.
   */
  async consumeBatch(ms: ConsumedMessage[]): Promise<void> {
    let run: { m: ConsumedMessage; e: EventEnvelope }[] = [];
    let runHandler: EventHandler<unknown> | undefined;
    const flush = async () => {
      if (runHandler && run.length) await this.consumeRun(runHandler, run);
      run = [];
      runHandler = undefined;
    };
    for (const m of ms) {
      let e: EventEnvelope | undefined;
      try {
        e = parseEnvelope(m.value);
      } catch {
        e = undefined;
      }
      const h = e ? this.byType.get(e.type) : undefined;
      if (!e || !h?.handleBatch) {
        await flush();
        await this.consume(m);
        continue;
      }
      if (h !== runHandler) await flush();
      runHandler = h;
      run.push({ m, e });
    }
    await flush();
  }

  private async consumeRun(handler: EventHandler<unknown>, run: { m: ConsumedMessage; e: EventEnvelope }[]): Promise<void> {
    const ctx = { correlationId: acceptCorrelationId(run[0].m.headers[CORRELATION_HEADER]) };
    let processed: number;
    try {
      processed = await runWithContext(ctx, () =>
        this.opts.ds.transaction(async (manager) => {
          const inserted: { event_id: string }[] = await manager.query(
            `INSERT INTO inbox_events (consumer, event_id, event_type, topic)
             SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING RETURNING event_id`,
            [this.opts.name, run.map((r) => r.e.id), run.map((r) => r.e.type), run.map((r) => r.m.topic)],
          );
          const fresh = new Set(inserted.map((r) => r.event_id));
          // an id twice in the run: the first is the event, the second a redelivery
          const pending = run.filter((r) => fresh.delete(r.e.id)).map((r) => r.e);
          if (pending.length) await handler.handleBatch!(pending, manager);
          return pending.length;
        }),
      );
    } catch {
      for (const r of run) await this.consume(r.m);
      return;
    }
    this.stats.processed += processed;
    this.stats.duplicate += run.length - processed;
  }

  async consume(m: ConsumedMessage): Promise<ConsumeOutcome> {
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(m.value);
    } catch (e) {
      await this.deadLetter(m, e as Error, 1);
      return 'dead-lettered';
    }
    const handler = this.byType.get(envelope.type);
    if (!handler) {
      this.stats.ignored++;
      return 'ignored';
    }
    const ctx = { correlationId: acceptCorrelationId(m.headers[CORRELATION_HEADER]) };
    return runWithContext(ctx, async () => {
      const max = this.opts.maxAttempts ?? 5;
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = await this.opts.ds.transaction(async (manager) => {
            const inserted = await manager.query(
              `INSERT INTO inbox_events (consumer, event_id, event_type, topic) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING RETURNING event_id`,
              [this.opts.name, envelope.id, envelope.type, m.topic],
            );
            if (inserted.length === 0) return 'duplicate' as const;
            await handler.handle(envelope, manager);
            return 'processed' as const;
          });
          this.stats[outcome]++;
          return outcome;
        } catch (e) {
          if (!(await this.databaseUp())) throw e; // redeliver later, never dead-letter for an outage
          if (attempt >= max || e instanceof PoisonMessageError) {
            await this.deadLetter(m, e as Error, attempt);
            return 'dead-lettered';
          }
          this.opts.logger.warn({ eventId: envelope.id, attempt, error: String(e) }, 'event handler failed, retrying');
          await new Promise((r) => setTimeout(r, (this.opts.backoffMs ?? 100) * 2 ** (attempt - 1)));
        }
      }
    });
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await this.opts.ds.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private async deadLetter(m: ConsumedMessage, error: Error, attempts: number): Promise<void> {
    this.opts.logger.error({ topic: m.topic, offset: m.offset, error: error.message, attempts }, 'event moved to dead-letter topic');
    await this.opts.bus.publish([
      {
        topic: m.topic + DEAD_LETTER_SUFFIX,
        key: m.key,
        value: m.value,
        headers: {
          ...m.headers,
          'x-dlt-error': error.message.slice(0, 2000),
          'x-dlt-consumer': this.opts.name,
          'x-dlt-original-topic': m.topic,
          'x-dlt-original-partition': String(m.partition),
          'x-dlt-original-offset': m.offset,
          'x-dlt-attempts': String(attempts),
        },
      },
    ]);
    this.stats.deadLettered++;
  }
}
