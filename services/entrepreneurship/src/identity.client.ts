import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@siapkerja/authz';
import type { identityV1 } from '@siapkerja/contracts';
import { DomainError } from '@siapkerja/errors';
import { PeerClient } from '@siapkerja/grpc';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { EntrepreneurshipConfig } from './entrepreneurship.config';

/** This service asking for itself: identity answers how a subject stands to the platform's services only. */
const SELF: Caller = { sub: 'service:entrepreneurship', roles: [] };

/** The identity service, asked by this service for itself (never with the authority of the caller being served). */
@Injectable()
export class IdentityClient extends PeerClient<'identity'> {
  constructor(@Inject(SERVICE_CONFIG) cfg: EntrepreneurshipConfig) {
    super('identity', {
      address: cfg.IDENTITY_GRPC_URL,
      deadlineMs: cfg.IDENTITY_DEADLINE_MS,
      callerSecret: cfg.CALLER_SIGNING_SECRET,
      callerName: 'entrepreneurship',
    });
  }

  /**
   * How the subject of a token stands (exists, active, roles): a read, retried on UNAVAILABLE within the deadline; any
   * failure to get the answer is UNAVAILABLE (503 with Retry-After at the gateway), never a 500 and never a guess.
   */
  async subjectStanding(subject: string): Promise<identityV1.SubjectStanding__Output> {
    try {
      return await this.client.getSubjectStanding({ subject }, this.as({ idempotent: true }, SELF));
    } catch {
      throw new DomainError('UNAVAILABLE', 'The identity service, which checks the mentor account, is unavailable: retry later');
    }
  }
}
