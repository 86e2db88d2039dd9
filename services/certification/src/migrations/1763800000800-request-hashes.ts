import { AddRequestHashes } from '@siapkerja/persistence';

/** request_hash beside request_id in the tables whose rows are created once per client key (see AddRequestHashes). */
export class RequestHashes1763800000800 extends AddRequestHashes {
  name = 'RequestHashes1763800000800';
  protected tables = ['schemes', 'certificates', 'lsps', 'tuks', 'assessors', 'assessments'];
}
