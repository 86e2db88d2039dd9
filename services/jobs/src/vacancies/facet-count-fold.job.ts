import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, PollingWorker, SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { JobsConfig } from '../jobs.config';
import { FOLD_FACET_COUNT_DELTAS } from '../migrations/1763800001200-vacancy-facet-count-deltas';

/** The advisory lock that makes one fold at a time (any jobs pod): the others skip their turn. */
const FOLD_LOCK = 0x5f4ac0;

/**
 * Moves the facet-count deltas the vacancies triggers append (migration 1200) into the summary tables, off the write path:
 * the summary rows are updated by this one transaction a second, never by the writers of vacancies.
 */
@Injectable()
export class FacetCountFoldJob extends PollingWorker {
  constructor(
    private readonly ds: DataSource,
    @Inject(LOGGER) logger: Logger,
    @Inject(SERVICE_CONFIG) config: JobsConfig,
  ) {
    super(logger, config.VACANCY_FACET_FOLD_MS, 'facet-count fold');
  }

  /** One fold; how many delta rows it moved (0 when another fold holds the lock). */
  async foldOnce(): Promise<number> {
    return this.ds.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [FOLD_LOCK]);
      if (!locked) return 0;
      const [{ folded }] = await m.query(FOLD_FACET_COUNT_DELTAS);
      return Number(folded);
    });
  }

  protected async poll(): Promise<boolean> {
    await this.foldOnce();
    return false;
  }
}
