import { status } from '@grpc/grpc-js';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@siapkerja/errors';
import { PeerClient } from '@siapkerja/grpc';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { TrainingConfig } from './training.config';

/** The certification service, asked as the platform itself (schemes are public). */
@Injectable()
export class CertificationClient extends PeerClient<'certification'> {
  constructor(@Inject(SERVICE_CONFIG) cfg: TrainingConfig) {
    super('certification', {
      address: cfg.CERTIFICATION_GRPC_URL,
      deadlineMs: cfg.GRPC_DEADLINE_MS,
      callerSecret: cfg.CALLER_SIGNING_SECRET,
      callerName: 'training',
    });
  }

  /** Whether the scheme exists; any other failure (unavailable, deadline) is UNAVAILABLE (503), never a 500. */
  async schemeExists(id: string): Promise<boolean> {
    try {
      await this.client.getScheme({ id }, { idempotent: true });
      return true;
    } catch (e) {
      const code = (e as { code?: number }).code;
      if (code === status.NOT_FOUND || code === status.INVALID_ARGUMENT) return false;
      throw new DomainError('UNAVAILABLE', 'The certification service, which checks the certification scheme, is unavailable: retry later');
    }
  }
}
