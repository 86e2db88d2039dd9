import { Inject, Injectable } from '@nestjs/common';
import { address, int } from '@siapkerja/config';
import { currentCaller, isOfficer, type Caller } from '@siapkerja/authz';
import { DomainError, invalid } from '@siapkerja/errors';
import { PeerClient } from '@siapkerja/grpc';
import { correlationId } from '@siapkerja/logging';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import { ACCESS_PURPOSES, PURPOSE_HEADER, type AccessPurpose } from './purposes';

/** Environment of a service that serves unmasked personal data: where identity (keeper of the access log) listens. */
export const accessLogConfigSpec = {
  /** the identity service, which keeps the access log of unmasked personal data */
  IDENTITY_GRPC_URL: address({ default: '127.0.0.1:50056' }),
  ACCESS_LOG_DEADLINE_MS: int({ default: 3000, min: 50, max: 60000 }),
};

/** What an {@link AccessLog} reads of the service's config (SERVICE_CONFIG: add accessLogConfigSpec to its spec). */
export interface AccessLogConfig {
  IDENTITY_GRPC_URL: string;
  ACCESS_LOG_DEADLINE_MS: number;
  CALLER_SIGNING_SECRET?: string;
}

/** One read of unmasked personal data by the current caller. */
export interface AccessEntry {
  /** the resource read, e.g. `job-seeker` */
  resourceType: string;
  resourceId: string;
  /** the fields returned unmasked, e.g. `['nik', 'phone', 'address']` */
  fields: string[];
  /** the person the data is about (libs/identity person id, never the NIK) */
  subjectPersonId: string;
  /** why this one was read, when a read of several records has several purposes (else the purpose of the call) */
  purpose?: AccessPurpose;
}

/** The personal fields of a job seeker answered in clear (named in the access log by jobs and by the job-seeker feed). */
export const JOB_SEEKER_PERSONAL_FIELDS = ['nik', 'birthDate', 'phone', 'email', 'address', 'religion'];

const purposeViolation = (description: string) =>
  invalid([{ field: PURPOSE_HEADER, description }], 'The request body or parameters are invalid');

/**
 * The purpose the caller stated for an unmasked read (the X-Purpose header, forwarded by the gateway in the caller): an
 * invalid value is refused (INVALID_ARGUMENT naming the header), a missing one is refused for officers (Disnaker) and
 * when `required`; otherwise undefined (the service then masks, or picks the purpose the read implies).
 */
export function statedPurpose(caller: Caller | undefined = currentCaller(), opts: { required?: boolean } = {}): AccessPurpose | undefined {
  const raw = caller?.purpose?.trim();
  if (raw === undefined || raw === '') {
    if (opts.required || (caller && isOfficer(caller.roles)))
      throw purposeViolation(`${PURPOSE_HEADER} header is required to read unmasked personal data: one of ${ACCESS_PURPOSES.join(', ')}`);
    return undefined;
  }
  const value = raw.toUpperCase();
  if (!(ACCESS_PURPOSES as readonly string[]).includes(value))
    throw purposeViolation(`${PURPOSE_HEADER} must be one of ${ACCESS_PURPOSES.join(', ')}`);
  return value as AccessPurpose;
}

/**
 * The access log of unmasked personal data (UU 27/2022), kept by the identity service. A service that answers with
 * unmasked personal data records the read here before it answers: a read that cannot be logged is not served
 * (UNAVAILABLE, 503 at the gateway). The actor is the caller being served.
 */
@Injectable()
export class AccessLog extends PeerClient<'identity'> {
  constructor(@Inject(SERVICE_CONFIG) cfg: AccessLogConfig) {
    super('identity', {
      address: cfg.IDENTITY_GRPC_URL,
      deadlineMs: cfg.ACCESS_LOG_DEADLINE_MS,
      callerSecret: cfg.CALLER_SIGNING_SECRET,
      callerName: 'access-log',
    });
  }

  /**
   * Records reads by the caller (by default the one being served), in one call: each entry under its own purpose or
   * `purpose`. The platform's own reads (no caller) are not logged. Answers the log entries' ids.
   */
  async record(entries: AccessEntry[], purpose?: AccessPurpose, caller: Caller | undefined = currentCaller()): Promise<string[]> {
    if (!entries.length || !caller) return [];
    if (!purpose && entries.some((e) => !e.purpose)) throw new Error('AccessLog.record: a read without a purpose');
    const actor = {
      sub: caller.sub,
      clientId: caller.clientId ?? '',
      roles: caller.roles,
      regionCode: caller.regionCode ?? '',
    };
    try {
      const r = await this.client.recordAccesses(
        {
          records: entries.map(({ purpose: own, ...e }) => ({ ...e, actor, purpose: (own ?? purpose)! })),
          correlationId: correlationId() ?? '',
        },
        this.as({}, caller),
      );
      return r.ids;
    } catch {
      throw new DomainError('UNAVAILABLE', 'The access log of personal data cannot be written: retry later');
    }
  }
}
