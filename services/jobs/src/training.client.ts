import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CALLER_METADATA_KEY, currentCaller } from '@siapkerja/authz';
import type { trainingV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { JobsConfig } from './jobs.config';

/** At most this many units are asked for in one lookup (ListPrograms takes a bounded list). */
const MAX_UNITS = 100;

/** The training service (Skillhub), asked with the authority of the caller being served. */
@Injectable()
export class TrainingClient implements OnApplicationShutdown {
  private readonly client: ServiceClient<'training'>;

  constructor(@Inject(SERVICE_CONFIG) cfg: JobsConfig) {
    this.client = createServiceClient('training', cfg.TRAINING_GRPC_URL, {
      deadlineMs: cfg.TRAINING_GRPC_DEADLINE_MS,
      callerSecret: cfg.CALLER_SIGNING_SECRET,
      callerName: 'jobs',
    });
  }

  /**
   * The programs teaching any of the units, in one call (the training service's order: newest first); `available` is
   * false when the training service could not answer (unavailable, deadline, any error): the caller goes on without them.
   */
  async programsTeaching(units: string[]): Promise<{ programs: trainingV1.Program__Output[]; available: boolean }> {
    if (!units.length) return { programs: [], available: true };
    const caller = currentCaller();
    try {
      const r = await this.client.listPrograms(
        { competencyUnits: units.slice(0, MAX_UNITS), pageSize: 100 },
        { idempotent: true, ...(caller ? { metadata: { [CALLER_METADATA_KEY]: JSON.stringify(caller) } } : {}) },
      );
      return { programs: r.programs, available: true };
    } catch {
      return { programs: [], available: false };
    }
  }

  onApplicationShutdown(): void {
    this.client.close();
  }
}
