import { Injectable } from '@nestjs/common';
import { currentCaller } from '@siapkerja/authz';
import type { jobsV1 } from '@siapkerja/contracts';
import { AccessLog, JOB_SEEKER_PERSONAL_FIELDS, type AccessPurpose } from '@siapkerja/privacy';

/**
 * Reads of job seekers' personal data in clear (UU 27/2022): every seeker answered unmasked to a caller is written to
 * identity's access log with the purpose of the read before the answer leaves the service (a read that cannot be logged
 * is not served); the platform itself (no caller) reads unlogged.
 */
@Injectable()
export class JobSeekerReads {
  constructor(private readonly accessLog: AccessLog) {}

  /** Logs the unmasked ones among `seekers` (views made for the current caller) and answers them. */
  async logged<T extends jobsV1.JobSeeker | jobsV1.JobSeeker[]>(seekers: T, purpose: AccessPurpose): Promise<T> {
    const read = (Array.isArray(seekers) ? seekers : [seekers]).filter((s) => !s.personalDataMasked);
    await this.accessLog.record(
      read.map((s) => ({
        resourceType: 'job-seeker',
        resourceId: s.id ?? '',
        fields: JOB_SEEKER_PERSONAL_FIELDS,
        subjectPersonId: s.personId ?? '',
      })),
      purpose,
    );
    return seekers;
  }
}

/** Whether the caller is the person the seeker's record is about (his own account's person id, forwarded by the gateway). */
export const readsHimself = (s: jobsV1.JobSeeker): boolean => {
  const caller = currentCaller();
  return !!caller?.personId && caller.personId === s.personId;
};
