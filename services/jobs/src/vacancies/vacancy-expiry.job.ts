import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, PeriodicSweep } from '@siapkerja/service-kit';
import { VacanciesService } from './vacancies.service';

/** How often PUBLISHED vacancies past their validity period are looked for. */
export const EXPIRY_INTERVAL_MS = 60_000;

/**
 * Expires vacancies automatically at the end of their validity period (valid_until before today in WIB).
 * Tests call {@link VacanciesService.expireDue} directly with the clock they want.
 */
@Injectable()
export class VacancyExpiryJob extends PeriodicSweep {
  constructor(
    private readonly vacancies: VacanciesService,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(logger, EXPIRY_INTERVAL_MS, 'vacancies expired at the end of their validity period');
  }

  protected runOnce(now: Date): Promise<number> {
    return this.vacancies.expireDue(now);
  }
}
