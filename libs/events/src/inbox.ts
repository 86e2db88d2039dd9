import type { DataSource, EntityManager } from 'typeorm';
import { acceptCorrelationId, CORRELATION_HEADER, runWithContext, type Logger } from '@siapkerja/logging';
import { parseEnvelope, PoisonMessageError, type EventDefinition, type EventEnvelope } from './envelope';
import type { ConsumedMessage, EventBus } from './port';

export interface EventHandler<T = unknown> {
  def: EventDefinition<T>;
  /** Runs inside the transaction that also records the event id in the inbox. */
  handle(event: EventEnvelope<T>, manager: EntityManager): Promise<void>;
}

export function on<T>(
  def: EventDefinition<T>,
  handle: (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>,
): EventHandler<T> {
  return { def, handle };
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
    await this.opts.bus.subscribe(this.opts.name, this.topics, (m) => this.consume(m).then(() => undefined));
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
