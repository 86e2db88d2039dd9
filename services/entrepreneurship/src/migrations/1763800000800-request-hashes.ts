import { AddRequestHashes } from '@siapkerja/persistence';

/** request_hash beside request_id in the tables whose rows are created once per client key (see AddRequestHashes). */
export class RequestHashes1763800000800 extends AddRequestHashes {
  name = 'RequestHashes1763800000800';
  protected tables = ['tkm_groups', 'tkm_programs', 'tkm_proposals', 'tkm_tranches', 'tkm_business_reports'];
}
