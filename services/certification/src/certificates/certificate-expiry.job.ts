import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, PeriodicSweep } from '@siapkerja/service-kit';
import { CertificatesService } from './certificates.service';

/** How often VALID certificates past their validity are looked for. */
export const CERTIFICATE_EXPIRY_INTERVAL_MS = 60_000;

/**
 * Expires certificates automatically the day after their last day of validity (valid_until before today in WIB):
 * VALID -> EXPIRED, one CertificateExpired event each. Tests call {@link CertificatesService.expireDue} with the clock they want.
 */
@Injectable()
export class CertificateExpiryJob extends PeriodicSweep {
  constructor(
    private readonly certificates: CertificatesService,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(logger, CERTIFICATE_EXPIRY_INTERVAL_MS, 'certificates expired at the end of their validity');
  }

  protected runOnce(now: Date): Promise<number> {
    return this.certificates.expireDue(now);
  }
}
