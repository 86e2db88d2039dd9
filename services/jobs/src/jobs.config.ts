import { address, int, url, type ConfigOf } from '@siapkerja/config';
import type { ServiceConfig } from '@siapkerja/service-kit';
import { accessLogConfigSpec } from '@siapkerja/privacy';
import { DEFAULT_FACET_EXACT_LIMIT } from './vacancies/vacancy-search.query';

export const jobsConfigSpec = {
  /** the identity service, keeper of the access log of unmasked personal data (libs/privacy AccessLog) */
  ...accessLogConfigSpec,
  /** the training service: a job seeker's matches suggest its programs teaching the SKKNI units he lacks */
  TRAINING_GRPC_URL: address({ default: '127.0.0.1:50052' }),
  /**
   * Deadline of that lookup, shorter than the gateway's deadline of the match itself: a training service that does not
   * answer in time leaves the matches without programs instead of failing them
   */
  TRAINING_GRPC_DEADLINE_MS: int({ default: 2000, min: 50, max: 60000 }),
  /** how often the facet-count deltas are folded into the summary tables (the searches sum both: only upkeep) */
  VACANCY_FACET_FOLD_MS: int({ default: 1000, min: 50, max: 86_400_000 }),
  /**
   * Facet counts of searches the summary tables cannot answer are exact up to this many matches, then lower bounds
   * ("1.000+"). Counting reads each match's row: a higher limit costs the frequent words' first pages more (see README)
   */
  VACANCY_FACET_EXACT_LIMIT: int({ default: DEFAULT_FACET_EXACT_LIMIT, min: 100, max: 10_000_000 }),
  /**
   * A PostgreSQL streaming replica of the jobs database: vacancy searches (and only they) read it. Read-your-writes: after
   * a write of this service, a search waits until the replica has replayed the write's WAL position (or reads the primary)
   */
  SEARCH_DATABASE_URL: url({
    optional: true,
    protocols: ['postgres', 'postgresql'],
    description: 'PostgreSQL URL of a replica of the jobs database',
  }),
  /**
   * Searches this instance runs at once (on the primary or the replica); the others wait their turn, each until its
   * request's deadline at most (then UNAVAILABLE: 503 with Retry-After). About twice the database server's cores divided by
   * the jobs instances sharing it: past that the server only gets slower per search
   */
  SEARCH_CONCURRENCY: int({ default: 4, min: 1, max: 1000 }),
  /**
   * Searches waiting for their turn at most; one arriving past it is refused at once. A bound on memory: how many wait is
   * set by their deadlines (one whose turn would come after its deadline is refused on arrival)
   */
  SEARCH_QUEUE_LIMIT: int({ default: 1000, min: 1, max: 100_000 }),
  /**
   * Transactions of new vacancies in flight at once: the creates arriving while they are wait and go together as the
   * next (at most VACANCY_WRITE_BATCH_MAX), in one transaction; one arriving while fewer are in flight goes at once, alone
   */
  VACANCY_WRITE_BATCHES: int({ default: 2, min: 1, max: 64 }),
  /** New vacancies in one transaction at most (see VACANCY_WRITE_BATCHES) */
  VACANCY_WRITE_BATCH_MAX: int({ default: 32, min: 1, max: 500 }),
  /** how long a search waits for the replica to replay this service's last write before reading the primary instead */
  SEARCH_REPLICA_MAX_WAIT_MS: int({ default: 1000, min: 0, max: 60_000 }),
};
export type JobsConfig = ServiceConfig & ConfigOf<typeof jobsConfigSpec>;
