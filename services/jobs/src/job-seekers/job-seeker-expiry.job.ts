import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, PeriodicSweep } from '@siapkerja/service-kit';
import { JobSeekersService } from './job-seekers.service';

/** How often live AK/1 cards past their validity are looked for. */
export const CARD_EXPIRY_INTERVAL_MS = 60_000;

/**
 * Expires AK/1 cards automatically two years after issue (card_valid_until before today in WIB).
 * Tests call {@link JobSeekersService.expireDue} directly with the clock they want.
 */
@Injectable()
export class JobSeekerExpiryJob extends PeriodicSweep {
  constructor(
    private readonly seekers: JobSeekersService,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(logger, CARD_EXPIRY_INTERVAL_MS, 'AK/1 cards expired at the end of their validity');
  }

  protected runOnce(now: Date): Promise<number> {
    return this.seekers.expireDue(now);
  }
}
