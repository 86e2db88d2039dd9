import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { MAX_PURPOSE_LENGTH } from '@siapkerja/authz';
import { AccessTokenVerifier, TokenError } from './access-tokens';
import { CALLER_KEY, IS_PUBLIC, REQUIRED_ROLES, REQUIRED_SCOPES, type AuthCaller } from './caller';
import { verifySignedRequest } from './hmac';
import { GatewayPlatform } from '../platform/gateway-platform';
import { Revocations } from './revocations';

/** Operational routes of platform/health.controller.ts (outside this module), open like /docs and /openapi.json. */
const OPS_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/** Metadata holders of a route: its handler and its controller class. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type RouteTargets = [Function, Function];

/**
 * Who calls (the bearer token; clients that require it, or that send X-Signature, must also sign the request) and
 * whether the route lets them (@RequireScopes, @Roles). Used by the global AuthGuard, and by the search answers' fast
 * path (jobs/search-fast-path.ts), so both decide alike.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly reflector: Reflector,
    private readonly ds: DataSource,
    private readonly tokens: AccessTokenVerifier,
    private readonly revocations: Revocations,
    private readonly platform: GatewayPlatform,
  ) {}

  /**
   * The caller of the request; 401 (WWW-Authenticate set) when it cannot be trusted. With `signatures: false` a request
   * whose signature would have to be verified answers undefined instead (its nonce can be spent once only: the full
   * pipeline verifies it).
   */
  async authenticate(
    req: Request & { rawBody?: Buffer },
    res: Response,
    opts: { signatures?: boolean } = {},
  ): Promise<AuthCaller | undefined> {
    const unauthorized = (error: string | undefined, message: string) => {
      res.setHeader('WWW-Authenticate', `Bearer realm="siapkerja"${error ? `, error="${error}", error_description="${message}"` : ''}`);
      return new UnauthorizedException(message);
    };

    const m = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(req.header('authorization') ?? '');
    if (!m) throw unauthorized(undefined, 'A bearer access token is required');
    let claims;
    try {
      claims = await this.tokens.verify(m[1]);
    } catch (e) {
      if (e instanceof TokenError) throw unauthorized('invalid_token', `The access token is invalid: ${e.message}`);
      throw e;
    }
    const caller: AuthCaller = {
      sub: claims.sub,
      scopes: claims.scope.split(' ').filter(Boolean),
      roles: claims.roles,
      ...(claims.region ? { regionCode: claims.region } : {}),
      ...(claims.org ? { organizationId: claims.org } : {}),
      ...(claims.client_id ? { clientId: claims.client_id } : {}),
      ...(claims.sid ? { sessionId: claims.sid } : {}),
      ...(claims.pid ? { personId: claims.pid } : {}),
    };

    if (caller.clientId) {
      const client = await this.revocations.client(caller.clientId);
      if (!client.found || client.revoked) throw unauthorized('invalid_token', 'The client of this token is revoked');
      if (client.hmacRequired || req.header('x-signature') !== undefined) {
        if (opts.signatures === false) return undefined;
        const check = await verifySignedRequest(this.ds, req, caller.clientId, client.hmacSecrets, this.platform.config.AUTH_HMAC_SKEW_S);
        if (!check.ok) throw unauthorized('invalid_request', check.reason);
      }
    }
    if (caller.sessionId && !(await this.revocations.sessionActive(caller.sessionId)))
      throw unauthorized('invalid_token', 'The session of this token has ended');
    return caller;
  }

  /** 403 (with WWW-Authenticate for a missing scope) unless the caller has the route's scopes and one of its roles. */
  authorize(caller: AuthCaller, targets: RouteTargets, res: Response): void {
    const scopes = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_SCOPES, targets) ?? [];
    const missing = scopes.filter((s) => !caller.scopes.includes(s));
    if (missing.length) {
      res.setHeader('WWW-Authenticate', `Bearer realm="siapkerja", error="insufficient_scope", scope="${scopes.join(' ')}"`);
      throw new ForbiddenException(`The token lacks the scope ${missing.join(' ')}`);
    }
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.some((r) => caller.roles.includes(r)))
      throw new ForbiddenException(`This operation needs the role ${roles.join(' or ')}`);
  }
}

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(); clients that
 * require it (or that send X-Signature) must also sign the request; then @RequireScopes and
 * @Roles are checked. 401 with WWW-Authenticate for authentication, 403 for authorization.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: Authenticator,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets: RouteTargets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { rawBody?: Buffer }>();
    if (req.method === 'GET' && OPS_PATHS.has(req.path)) return true;
    const res = ctx.switchToHttp().getResponse<Response>();
    const caller = (await this.auth.authenticate(req, res))!;
    this.auth.authorize(caller, targets, res);
    // the stated purpose travels in the signed caller, cut short (a huge header is still refused by name in the service)
    const purpose = req.header('x-purpose')?.slice(0, MAX_PURPOSE_LENGTH);
    (req as unknown as Record<string, unknown>)[CALLER_KEY] = purpose === undefined ? caller : { ...caller, purpose };
    return true;
  }
}
