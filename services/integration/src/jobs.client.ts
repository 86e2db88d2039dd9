import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CALLER_METADATA_KEY, currentCaller } from '@siapkerja/authz';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { IntegrationConfig } from './integration.config';

/** The jobs service, called with the authority of the caller being served (its x-caller, signed again here). */
@Injectable()
export class JobsClient implements OnApplicationShutdown {
  private readonly client: ServiceClient<'jobs'>;

  constructor(@Inject(SERVICE_CONFIG) cfg: IntegrationConfig) {
    this.client = createServiceClient('jobs', cfg.JOBS_GRPC_URL, {
      deadlineMs: cfg.GRPC_DEADLINE_MS,
      callerSecret: cfg.CALLER_SIGNING_SECRET,
      callerName: 'integration',
    });
  }

  /** BatchGetJobSeekers as the current caller (a read: retried on UNAVAILABLE). */
  batchGetJobSeekers(ids: string[]) {
    const caller = currentCaller();
    return this.client.batchGetJobSeekers(
      { ids },
      { idempotent: true, metadata: caller ? { [CALLER_METADATA_KEY]: JSON.stringify(caller) } : {} },
    );
  }

  onApplicationShutdown(): void {
    this.client.close();
  }
}
