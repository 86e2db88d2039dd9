import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from '@siapkerja/logging';
import { LOGGER } from '@siapkerja/service-kit';
import { JobSeekersService } from './job-seekers.service';

/** How often live AK/1 cards past their validity are looked for. */
export const CARD_EXPIRY_INTERVAL_MS = 60_000;

/**
 * Expires AK/1 cards automatically two years after issue (card_valid_until before today in WIB): a sweep right after start,
 * then every {@link CARD_EXPIRY_INTERVAL_MS}. Every instance may run it: rows are claimed with SKIP LOCKED.
 * Tests call {@link JobSeekersService.expireDue} directly with the clock they want.
 */
@Injectable()
export class JobSeekerExpiryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly seekers: JobSeekersService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.sweep(), CARD_EXPIRY_INTERVAL_MS);
    this.timer.unref();
    this.sweep();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep unless one is still running; failures are logged and retried at the next tick. */
  sweep(): Promise<void> {
    if (this.stopped || this.running) return this.running ?? Promise.resolve();
    this.running = this.seekers
      .expireDue(new Date())
      .then(
        (n) => void (n && this.logger.info({ expired: n }, 'AK/1 cards expired at the end of their validity')),
        (e: unknown) => this.logger.warn({ error: String(e) }, 'AK/1 card expiry sweep failed, will retry'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
