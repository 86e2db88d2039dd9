import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { jobsV1 } from '@siapkerja/contracts';
import { asCaller, assertRegion, type AuthCaller } from '../auth/caller';
import { toJobSeekerDto } from '../job-seekers/job-seekers.controller';
import { ServiceClients } from '../platform/clients';
import { AccessAudit } from '../privacy/access-audit';
import type { AccessPurpose } from '../privacy/purposes';
import type { FeedItem } from './feed.service';

/** Most ids one BatchGetJobSeekers call takes (the jobs service's limit); a feed page is at most this long. */
export const JOB_SEEKER_BATCH = 1000;

/** The fields of a job seeker's record that are personal data (written to the access log with each record served). */
const JOB_SEEKER_PERSONAL_FIELDS = ['nik', 'birthDate', 'phone', 'email', 'address', 'religion'];

/** Why an item of the job-seekers feed comes without its record. */
export type WithheldReason = 'ERASED' | 'RESTRICTED' | 'UNKNOWN';

/**
 * Adds the personal record to the items of the job-seekers feed at read time. The feed tables hold only what the events
 * carry (no personal data); the records come from the jobs service, one BatchGetJobSeekers call per 1000 distinct ids,
 * with the caller's authority (the service refuses an officer outside its region). Every record served is written to the
 * access log with the caller's X-Purpose before the answer leaves (an access that cannot be logged is not served).
 *
 * An upsert item's `data` gains `record` (the current full record, unmasked; null when withheld) and `withheld` (null, or
 * ERASED: the person's data was erased on request; RESTRICTED: the person restricted processing; UNKNOWN: not in the jobs
 * service). Tombstones stay as they are.
 */
@Injectable()
export class PersonalFeedEnricher {
  constructor(
    private readonly clients: ServiceClients,
    private readonly audit: AccessAudit,
    private readonly ds: DataSource,
  ) {}

  async enrich(items: FeedItem[], caller: AuthCaller, purpose: AccessPurpose): Promise<FeedItem[]> {
    const ids = [...new Set(items.filter((i) => i.op === 'upsert').map((i) => i.id))];
    const records = new Map<string, jobsV1.JobSeeker__Output>();
    const withheld = new Map<string, WithheldReason>();
    for (let i = 0; i < ids.length; i += JOB_SEEKER_BATCH) {
      const r = await this.clients.jobs.batchGetJobSeekers(
        { ids: ids.slice(i, i + JOB_SEEKER_BATCH) },
        asCaller(caller, { idempotent: true }),
      );
      for (const s of r.jobSeekers) {
        assertRegion(caller, s.regionCode); // the service checked too
        records.set(s.id, s);
      }
      for (const id of r.erasedIds) withheld.set(id, 'ERASED');
      for (const id of r.restrictedIds) withheld.set(id, 'RESTRICTED');
    }
    if (records.size) {
      // one statement for the page: every record served is logged before the answer leaves
      await this.audit.recordMany(
        [...records.values()].map((s) => ({
          caller,
          resourceType: 'job-seeker',
          resourceId: s.id,
          fields: JOB_SEEKER_PERSONAL_FIELDS,
          subjectPersonId: s.personId,
          purpose,
        })),
      );
    }
    return items.map((item) => {
      if (item.op !== 'upsert') return item;
      const s = records.get(item.id);
      return {
        ...item,
        data: { ...item.data, record: s ? toJobSeekerDto(s, true) : null, withheld: s ? null : (withheld.get(item.id) ?? 'UNKNOWN') },
      };
    });
  }
}
