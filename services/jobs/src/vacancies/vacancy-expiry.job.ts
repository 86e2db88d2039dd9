import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from '@siapkerja/logging';
import { LOGGER } from '@siapkerja/service-kit';
import { VacanciesService } from './vacancies.service';

/** How often PUBLISHED vacancies past their validity period are looked for. */
export const EXPIRY_INTERVAL_MS = 60_000;

/**
 * Expires vacancies automatically at the end of their validity period (valid_until before today in WIB): a sweep right
 * after start, then every {@link EXPIRY_INTERVAL_MS}. Every instance may run it: rows are claimed with SKIP LOCKED.
 * Tests call {@link VacanciesService.expireDue} directly with the clock they want.
 */
@Injectable()
export class VacancyExpiryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly vacancies: VacanciesService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.sweep(), EXPIRY_INTERVAL_MS);
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
    this.running = this.vacancies
      .expireDue(new Date())
      .then(
        (n) => void (n && this.logger.info({ expired: n }, 'vacancies expired at the end of their validity period')),
        (e: unknown) => this.logger.warn({ error: String(e) }, 'vacancy expiry sweep failed, will retry'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
