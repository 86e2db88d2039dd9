import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { CallOptions } from '@siapkerja/grpc';
import { CALLER_METADATA_KEY, regionWithin } from '@siapkerja/authz';
import { type Role } from '@siapkerja/authz';

export { CALLER_METADATA_KEY, regionWithin };

/** The authenticated caller of a request (set by AuthGuard from the access token). */
export interface AuthCaller {
  sub: string;
  scopes: string[];
  roles: string[];
  /** Kemendagri region of an officer: province `NN` or regency `NN.NN` */
  regionCode?: string;
  /** the training provider or LSP the account or client acts for */
  organizationId?: string;
  /** OAuth client of a partner / Disnaker system */
  clientId?: string;
  sessionId?: string;
  /** the person id of a person's token (libs/identity keyed hash of the NIK) */
  personId?: string;
  /** the X-Purpose header of the request, as sent (the service that reads unmasked personal data checks it) */
  purpose?: string;
}

export const IS_PUBLIC = 'auth:public';
export const REQUIRED_SCOPES = 'auth:scopes';
export const REQUIRED_ROLES = 'auth:roles';

/** No token needed. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** Every listed scope must be in the token. */
export const RequireScopes = (...scopes: string[]) => SetMetadata(REQUIRED_SCOPES, scopes);
/** At least one of the listed roles must be in the token. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CALLER_KEY = 'siapkerjaCaller';

/** The AuthCaller of the request (undefined only on public routes). */
export const Caller = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthCaller | undefined => {
  return (ctx.switchToHttp().getRequest() as Record<string, unknown>)[CALLER_KEY] as AuthCaller | undefined;
});

/** gRPC call options carrying the caller (`x-caller` metadata JSON) for the services' own checks. */
export function asCaller(caller: AuthCaller | undefined, opts: CallOptions = {}, personId?: string): CallOptions {
  if (!caller) return opts;
  const value = JSON.stringify({
    sub: caller.sub,
    roles: caller.roles,
    regionCode: caller.regionCode,
    clientId: caller.clientId,
    organizationId: caller.organizationId,
    scopes: caller.scopes,
    purpose: caller.purpose,
    personId,
  });
  return { ...opts, metadata: { ...(opts.metadata ?? {}), [CALLER_METADATA_KEY]: value } };
}

/**
 * asCaller plus the person id of a person's own token (never a client's): a job seeker's (the services let a JOB_SEEKER
 * act only for himself: applications, matches, enrolments), or with `anyPerson` any person's (a certificate's holder).
 */
export function asPersonCaller(caller: AuthCaller, opts: CallOptions = {}, anyPerson = false): CallOptions {
  const forwards = !caller.clientId && (anyPerson || caller.roles.includes('JOB_SEEKER'));
  return asCaller(caller, opts, forwards ? caller.personId : undefined);
}
