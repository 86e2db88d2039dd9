import { Inject, Injectable } from '@nestjs/common';
import { PeerClient } from '@siapkerja/grpc';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { IntegrationConfig } from './integration.config';

/** The jobs service, called with the authority of the caller being served (its x-caller, signed again here). */
@Injectable()
export class JobsClient extends PeerClient<'jobs'> {
  constructor(@Inject(SERVICE_CONFIG) cfg: IntegrationConfig) {
    super('jobs', {
      address: cfg.JOBS_GRPC_URL,
      deadlineMs: cfg.GRPC_DEADLINE_MS,
      callerSecret: cfg.CALLER_SIGNING_SECRET,
      callerName: 'integration',
    });
  }

  /** BatchGetJobSeekers as the current caller (a read: retried on UNAVAILABLE). */
  batchGetJobSeekers(ids: string[]) {
    return this.client.batchGetJobSeekers({ ids }, this.as({ idempotent: true }));
  }
}
