import { Inject, Injectable } from '@nestjs/common';
import type { trainingV1 } from '@siapkerja/contracts';
import { PeerClient } from '@siapkerja/grpc';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { JobsConfig } from './jobs.config';

/** At most this many units are asked for in one lookup (ListPrograms takes a bounded list). */
const MAX_UNITS = 100;

/** The training service (Skillhub), asked with the authority of the caller being served. */
@Injectable()
export class TrainingClient extends PeerClient<'training'> {
  constructor(@Inject(SERVICE_CONFIG) cfg: JobsConfig) {
    super('training', {
      address: cfg.TRAINING_GRPC_URL,
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
    try {
      const r = await this.client.listPrograms(
        { competencyUnits: units.slice(0, MAX_UNITS), pageSize: 100 },
        this.as({ idempotent: true }),
      );
      return { programs: r.programs, available: true };
    } catch {
      return { programs: [], available: false };
    }
  }
}
