import { AddRequestHashes } from '@siapkerja/persistence';

/** request_hash beside request_id in the tables whose rows are created once per client key (see AddRequestHashes). */
export class RequestHashes1763800001400 extends AddRequestHashes {
  name = 'RequestHashes1763800001400';
  protected tables = ['employers', 'vacancies', 'job_seekers', 'applications'];
}
