import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRelay, TransactionalOutbox, type OutboxTx } from '@siapkerja/events';
import { GatewayPlatform } from '../platform/gateway-platform';

/** Topics the gateway produces (created at start, in the background, so a broker outage only delays them). */
export const GATEWAY_PRODUCED_TOPICS = ['siapkerja.gateway.privacy.v1'];

/**
 * The gateway's transactional outbox (the `outbox_events` table of its database) and its relay:
 * a state change and its events commit together; the relay publishes them to the bus afterwards,
 * so a broker outage delays the events and never loses them.
 */
@Injectable()
export class GatewayOutbox implements OnModuleInit, OnApplicationShutdown {
  private relay?: OutboxRelay;
  private outbox?: TransactionalOutbox;
  private stopped = false;
  private topicsReady?: Promise<void>;

  constructor(
    private readonly ds: DataSource,
    private readonly platform: GatewayPlatform,
  ) {}

  onModuleInit(): void {
    const { bus, logger } = this.platform;
    this.relay = new OutboxRelay(this.ds, bus, logger);
    this.outbox = new TransactionalOutbox(this.ds, '/siapkerja/gateway', this.relay);
    this.topicsReady = (async () => {
      for (let delay = 500; !this.stopped; delay = Math.min(delay * 2, 10_000)) {
        try {
          await bus.ensureTopics(GATEWAY_PRODUCED_TOPICS);
          return;
        } catch (e) {
          logger.warn({ error: String(e), retryInMs: delay }, 'gateway topics could not be created, retrying');
          await new Promise((r) => setTimeout(r, delay).unref());
        }
      }
    })();
    // the relay retries with backoff on its own: events wait in the outbox until their topic exists
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.relay?.stop();
    await Promise.race([this.topicsReady, new Promise((r) => setTimeout(r, 100).unref())]);
  }

  /** Runs `work` in one transaction; the events it emits are committed with it. */
  run<T>(work: (tx: OutboxTx) => Promise<T>): Promise<T> {
    if (!this.outbox) throw new Error('the gateway outbox is not started');
    return this.outbox.run(work);
  }

  /** Rows not yet published (for health and tests). */
  pending(): Promise<number> {
    return this.relay ? this.relay.pending() : Promise.resolve(0);
  }
}
