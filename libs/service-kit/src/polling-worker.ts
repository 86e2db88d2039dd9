import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from '@siapkerja/logging';

/**
 * A worker that polls its table for work from start to shutdown: it works while `poll()` says there is more, otherwise
 * sleeps `pollMs` (cut short by `nudge()`, when work was just queued). A failed poll is logged and retried after at least
 * a second. Shutdown waits for the poll in progress. Instances share the work by claiming rows with SKIP LOCKED.
 */
export abstract class PollingWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  protected running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  protected constructor(
    protected readonly logger: Logger,
    private readonly pollMs: number,
    /** what the worker does, for its log lines, e.g. 'webhook delivery worker' */
    private readonly what: string,
  ) {}

  /** One round of work; true when more may be waiting (poll again at once). */
  protected abstract poll(): Promise<boolean>;

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Look now rather than at the next poll (work was just queued). */
  nudge(): void {
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.wake = undefined;
        resolve();
      };
      const t = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!(await this.poll())) await this.sleep(this.pollMs);
      } catch (e) {
        if (!this.running) break;
        this.logger.warn({ error: String(e) }, `${this.what} failed, retrying`);
        await this.sleep(Math.max(this.pollMs, 1000));
      }
    }
  }
}
