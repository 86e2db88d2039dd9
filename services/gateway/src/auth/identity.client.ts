import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import type { ClientOf } from '@siapkerja/contracts';
import { errorDetailsOf, VIOLATIONS_METADATA_KEY, type FieldViolation } from '@siapkerja/errors';
import type { CallOptions } from '@siapkerja/grpc';
import { ServiceClients } from '../platform/clients';
import { GatewayPlatform } from '../platform/gateway-platform';
import { FieldValidationException } from '../platform/problem.filter';

/** Too many failed logins for this account or address: 429, with the seconds until the window ends. */
export class LoginThrottledException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}

type IdentityRpcs = ClientOf<'identity'>;
type Method = keyof IdentityRpcs;
type Req<M extends Method> = Parameters<IdentityRpcs[M]>[0];
type Res<M extends Method> = Awaited<ReturnType<IdentityRpcs[M]>>;

/**
 * Identity's answers as the public contract has always put them: a refused call becomes the HTTP exception (status,
 * detail, field violations, Retry-After) the gateway answered before identity was a service of its own. UNAVAILABLE and
 * other failures pass through to the problem filter (503 and so on).
 */
export function identityError(e: unknown): unknown {
  const err = e as { code?: number; details?: string; metadata?: { get(k: string): unknown[] } };
  if (typeof err?.code !== 'number' || !err.metadata) return e;
  const message = err.details ?? '';
  const details = errorDetailsOf(e);
  switch (err.code) {
    case status.INVALID_ARGUMENT: {
      const raw = err.metadata.get(VIOLATIONS_METADATA_KEY)?.[0];
      return raw ? new FieldValidationException(JSON.parse(String(raw)) as FieldViolation[]) : new BadRequestException(message);
    }
    case status.UNAUTHENTICATED:
      return Object.assign(new UnauthorizedException(message), details.endedSessionId ? { endedSessionId: details.endedSessionId } : {});
    case status.PERMISSION_DENIED:
      return new ForbiddenException(message);
    case status.NOT_FOUND:
      return new NotFoundException(message);
    case status.ALREADY_EXISTS:
      return new ConflictException(message);
    case status.FAILED_PRECONDITION:
      return details.reason === 'IDENTITY_NOT_VERIFIED' ? new UnprocessableEntityException(message) : new ConflictException(message);
    case status.RESOURCE_EXHAUSTED:
      return new LoginThrottledException(message, Number(details.retryAfterSeconds) || 1);
    default:
      return e;
  }
}

type Revoked = { sessionIds: string[]; clientIds: string[] };

/**
 * The gateway's one way to call identity (siapkerja.identity.v1.IdentityService). The sessions and clients an answer
 * says it ended or changed (`revocation`; a refresh token reused: its session) go to the listeners (Revocations) at once.
 */
@Injectable()
export class IdentityClient {
  private readonly revocationListeners: ((r: Revoked) => void)[] = [];

  constructor(
    private readonly clients: ServiceClients,
    private readonly platform: GatewayPlatform,
  ) {}

  onRevoked(listener: (r: Revoked) => void): void {
    this.revocationListeners.push(listener);
  }

  async call<M extends Method>(method: M, req: Req<M>, opts: CallOptions = {}): Promise<Res<M>> {
    try {
      const res = await (this.clients.identity[method] as (r: Req<M>, o: CallOptions) => Promise<Res<M>>)(req, {
        deadlineMs: this.platform.config.IDENTITY_GRPC_DEADLINE_MS,
        ...opts,
      });
      const revocation = (res as { revocation?: Revoked | null }).revocation;
      if (revocation) for (const listener of this.revocationListeners) listener(revocation);
      return res;
    } catch (e) {
      const mapped = identityError(e);
      const ended = (mapped as { endedSessionId?: string }).endedSessionId;
      if (ended) for (const listener of this.revocationListeners) listener({ sessionIds: [ended], clientIds: [] });
      throw mapped;
    }
  }
}
