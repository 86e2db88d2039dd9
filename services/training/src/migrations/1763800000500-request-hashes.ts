import { AddRequestHashes } from '@siapkerja/persistence';

/** request_hash beside request_id in the tables whose rows are created once per client key (see AddRequestHashes). */
export class RequestHashes1763800000500 extends AddRequestHashes {
  name = 'RequestHashes1763800000500';
  protected tables = ['training_providers', 'programs', 'batches', 'enrolments'];
}
