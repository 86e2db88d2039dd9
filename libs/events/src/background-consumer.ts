import type { Logger } from '@siapkerja/logging';
import type { InboxConsumer } from './inbox';
import type { EventBus } from './port';

/**
 * Starts an inbox consumer in the background: its topics (and their dead-letter topics) are created,
 * then it subscribes, retried with backoff so a broker outage at start only delays it. stop() ends the
 * retries; the bus itself closes its consumers when it is closed.
 */
export class BackgroundConsumer {
  private stopped = false;
  private running?: Promise<void>;

  constructor(
    private readonly consumer: InboxConsumer,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = (async () => {
      for (let delay = 500; !this.stopped; delay = Math.min(delay * 2, 10000)) {
        try {
          await this.bus.ensureTopics([...this.consumer.topics, ...this.consumer.deadLetterTopics]);
          if (this.stopped) return;
          await this.consumer.start();
          this.logger.info({ consumer: this.consumer.name, topics: this.consumer.topics }, 'event consumer started');
          return;
        } catch (e) {
          this.logger.warn(
            { consumer: this.consumer.name, error: String(e), retryInMs: delay },
            'event consumer could not start, retrying',
          );
          await new Promise((r) => setTimeout(r, delay).unref());
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.race([this.running, new Promise((r) => setTimeout(r, 100).unref())]);
  }
}
