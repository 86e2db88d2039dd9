import { Injectable } from '@nestjs/common';
import { currentCaller } from '@siapkerja/authz';
import type { jobsV1 } from '@siapkerja/contracts';
import { AccessLog, JOB_SEEKER_PERSONAL_FIELDS, type AccessPurpose } from '@siapkerja/privacy';
import { JobsClient } from '../jobs.client';
import { assertCallerRegion } from './feed.access';
import type { FeedItem } from './feed.service';

/** Most ids one BatchGetJobSeekers call takes (the jobs service's limit); a feed page is at most this long. */
export const JOB_SEEKER_BATCH = 1000;

/** Why an item of the job-seekers feed comes without its record. */
export type WithheldReason = 'ERASED' | 'RESTRICTED' | 'UNKNOWN';

export interface PersonalRecords {
  /** the current records of the upsert items, by id */
  records: Map<string, jobsV1.JobSeeker__Output>;
  /** why an upsert item has no record */
  withheld(id: string): WithheldReason;
}

/**
 * The records of the items of the job-seekers feed, read at request time. The feed tables hold only what the events carry
 * (no personal data); the records come from the jobs service, one BatchGetJobSeekers call per 1000 distinct ids, with the
 * caller's authority (the service refuses an officer outside its region; checked here again). Every record read is
 * written to the personal-data access log, with the caller's purpose, before the answer leaves (a read that cannot be
 * logged is not served: UNAVAILABLE).
 *
 * An upsert item without a record is withheld: ERASED (the person's data was erased on request), RESTRICTED (the person
 * restricted processing) or UNKNOWN (not in the jobs service). Tombstones stay as they are.
 */
@Injectable()
export class PersonalFeedRecords {
  constructor(
    private readonly jobs: JobsClient,
    private readonly accessLog: AccessLog,
  ) {}

  async read(items: FeedItem[], purpose: AccessPurpose): Promise<PersonalRecords> {
    const caller = currentCaller();
    const ids = [...new Set(items.filter((i) => i.op === 'upsert').map((i) => i.id))];
    const records = new Map<string, jobsV1.JobSeeker__Output>();
    const withheld = new Map<string, WithheldReason>();
    for (let i = 0; i < ids.length; i += JOB_SEEKER_BATCH) {
      const r = await this.jobs.batchGetJobSeekers(ids.slice(i, i + JOB_SEEKER_BATCH));
      for (const s of r.jobSeekers) {
        assertCallerRegion(caller, s.regionCode, 'regionCode'); // the jobs service checked too
        records.set(s.id, s);
      }
      for (const id of r.erasedIds) withheld.set(id, 'ERASED');
      for (const id of r.restrictedIds) withheld.set(id, 'RESTRICTED');
    }
    await this.accessLog.record(
      [...records.values()].map((s) => ({
        resourceType: 'job-seeker',
        resourceId: s.id,
        fields: JOB_SEEKER_PERSONAL_FIELDS,
        subjectPersonId: s.personId,
      })),
      purpose,
      caller,
    );
    return { records, withheld: (id) => withheld.get(id) ?? 'UNKNOWN' };
  }
}
