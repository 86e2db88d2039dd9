import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from '@siapkerja/logging';

/**
 * A sweep that runs right after start, then every `intervalMs`, never twice at once in one instance (instances claim their
 * rows with SKIP LOCKED, so every instance may run it). Failures are logged and retried at the next tick; stop waits for a
 * running sweep. Subclasses say what one sweep does and how its outcome is logged.
 */
export abstract class PeriodicSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  protected constructor(
    protected readonly logger: Logger,
    private readonly intervalMs: number,
    /** what one sweep does, e.g. 'vacancies expired at the end of their validity period' */
    private readonly what: string,
  ) {}

  /** One sweep; answers how many rows it changed. */
  protected abstract runOnce(now: Date): Promise<number>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref();
    void this.sweep();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep unless one is still running. */
  sweep(): Promise<void> {
    if (this.stopped || this.running) return this.running ?? Promise.resolve();
    this.running = this.runOnce(new Date())
      .then(
        (n) => void (n && this.logger.info({ count: n }, this.what)),
        (e: unknown) => this.logger.warn({ error: String(e) }, `sweep failed (${this.what}), will retry`),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
