import { Injectable } from '@nestjs/common';
import type { identityV1 } from '@siapkerja/contracts';
import { correlationId } from '@siapkerja/logging';
import type { AuthCaller } from '../auth/caller';
import { IdentityClient } from '../auth/identity.client';
import type { AccessPurpose } from './purposes';

/** One read of unmasked personal data. */
export interface AccessRecord {
  /** who read: the authenticated caller (client, officer, administrator or the person) */
  caller: Pick<AuthCaller, 'sub' | 'roles' | 'regionCode' | 'clientId'>;
  /** the resource read, e.g. `job-seeker` */
  resourceType: string;
  resourceId: string;
  /** the fields returned unmasked, e.g. `['nik', 'phone', 'address']` */
  fields: string[];
  /** the person the data is about (libs/identity person id, never the NIK) */
  subjectPersonId: string;
  purpose: AccessPurpose;
}

export const toAccessActor = (c: AccessRecord['caller']): identityV1.AccessActor => ({
  sub: c.sub,
  clientId: c.clientId ?? '',
  roles: c.roles,
  regionCode: c.regionCode ?? '',
});

/**
 * The access log of unmasked personal data (UU 27/2022), kept by identity. Routes that return unmasked personal data
 * call `record(...)` before answering: an access that cannot be logged is not served.
 */
@Injectable()
export class AccessAudit {
  constructor(private readonly identity: IdentityClient) {}

  async record(entry: AccessRecord): Promise<string> {
    const [id] = await this.recordMany([entry]);
    return id;
  }

  /** Many reads by one caller for one purpose (e.g. a feed page) in one call. */
  async recordMany(entries: AccessRecord[]): Promise<string[]> {
    if (!entries.length) return [];
    const r = await this.identity.call('recordAccesses', {
      records: entries.map((e) => ({
        actor: toAccessActor(e.caller),
        resourceType: e.resourceType,
        resourceId: e.resourceId,
        fields: e.fields,
        subjectPersonId: e.subjectPersonId,
        purpose: e.purpose,
      })),
      correlationId: correlationId() ?? '',
    });
    return r.ids;
  }
}
