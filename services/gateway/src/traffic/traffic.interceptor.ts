import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { RESPONSE_PASSTHROUGH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { of, tap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_REUSED_DETAIL, problem, PROBLEM_CONTENT_TYPE } from '@siapkerja/errors';
import { correlationId, currentContext, type IdempotencyContext, type Logger } from '@siapkerja/logging';
import { Counter, type Registry } from '@siapkerja/observability';
import {
  IDEMPOTENCY_KEY_PATTERN,
  IdempotencyStore,
  requestFingerprint,
  requestHash,
  type BeginResult,
  type IdempotencyRequest,
  type StoredResponse,
} from './idempotency';
import { BULK_LANE, RateLimitLeases, rateLimitKey, WINDOW_SECONDS, type RateLimitDecision } from './rate-limit';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, METRICS_REGISTRY } from '../platform/tokens';
import { routedPath } from '../platform/routed-path';
import { IDEMPOTENT_IN_SERVICE } from '../platform/http';
import type { TrafficConfig } from './traffic.config';
import type { RouteTargets } from '../auth/auth.guard';

/** How long the limiter and the idempotency store may wait for PostgreSQL before failing open. */
const DB_TIMEOUT_MS = 1000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const STORED_HEADERS = ['location', 'content-type'];

const underPrefix = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
/** Rate limits apply to the API and the token endpoint, never to /health, /metrics, /docs, /openapi.json. */
export const isRateLimitedPath = (path: string) => underPrefix(path, '/v1') || underPrefix(path, '/oauth');
/**
 * Routes whose requests or answers are credentials (passwords, verification codes, access and refresh tokens, client and
 * webhook secrets): never kept in the idempotency store (its rows are plain text for a day, and the request hash of a
 * password is an unsalted SHA-256 of it), so an Idempotency-Key sent to them is ignored, as at /oauth/token.
 */
const CREDENTIAL_ROUTES = [
  /^\/v1\/auth(\/|$)/,
  /^\/v1\/admin\/clients\/?$/,
  /^\/v1\/admin\/clients\/[^/]+\/rotate-secret\/?$/,
  /^\/v1\/webhooks\/subscriptions\/?$/,
];
/** Idempotency applies to the API only, credential routes excepted (token responses are credentials and are never stored). */
export const isIdempotentPath = (path: string) => underPrefix(path, '/v1') && !CREDENTIAL_ROUTES.some((r) => r.test(path));

function withTimeout<T>(p: Promise<T>, ms = DB_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** True when Nest writes the handler's return value (no @Res()/@Next() without passthrough). */
function nestWillReply(ctx: ExecutionContext): boolean {
  const cls = ctx.getClass();
  const name = ctx.getHandler().name;
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, cls, name) ?? {}) as Record<string, unknown>;
  const usesResponse = Object.keys(args).some((k) => {
    const type = Number(k.split(':')[0]);
    return type === RouteParamtypes.RESPONSE || type === RouteParamtypes.NEXT;
  });
  return !usesResponse || Boolean(Reflect.getMetadata(RESPONSE_PASSTHROUGH_METADATA, cls, name));
}

/** What the rate limiter decided for a request: kept on the request, so a request is counted once. */
export interface RateLimitOutcome {
  lane: 'bulk' | 'client' | 'ip';
  /** undefined: the database did not answer (the request is served: failing open) */
  decision?: RateLimitDecision;
}
const OUTCOME_KEY = Symbol('siapkerja.rateLimit');

/**
 * Rate limits per client (else per IP) and a separate, larger bulk lane, over leases of the gateway database's shared
 * windows. Used by the TrafficInterceptor and by the search answers' fast path (jobs/search-fast-path.ts): a request
 * checked by the one is not counted again by the other. Fails open when the database does not answer.
 */
@Injectable()
export class RateLimitGate {
  private lastWarning = 0;
  private readonly failedOpen: Counter<'what'>;
  private readonly leases: RateLimitLeases;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: TrafficConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
    @Inject(METRICS_REGISTRY) registry: Registry,
    ds: DataSource,
    private readonly reflector: Reflector,
  ) {
    this.failedOpen = new Counter({
      name: 'gateway_traffic_fail_open_total',
      help: 'Requests served without rate limiting or idempotency because the database did not answer',
      labelNames: ['what'],
      registers: [registry],
    });
    this.leases = new RateLimitLeases(ds);
  }

  /** Counts the request against its lane's limit (once per request) and sets the RateLimit-* headers. */
  async check(req: Request, res: Response, targets: RouteTargets): Promise<RateLimitOutcome> {
    const r = req as unknown as Record<symbol, RateLimitOutcome | undefined>;
    const kept = r[OUTCOME_KEY];
    if (kept) return kept;
    const path = routedPath(req);
    const identity = rateLimitKey(req);
    const bulk = this.reflector.getAllAndOverride<boolean | undefined>(BULK_LANE, targets) === true || path.startsWith('/v1/bulk/');
    const lane = bulk ? 'bulk' : identity.startsWith('client:') ? 'client' : 'ip';
    const limit = bulk
      ? this.config.RATE_LIMIT_BULK_PER_MINUTE
      : lane === 'client'
        ? this.config.RATE_LIMIT_PER_MINUTE
        : this.config.RATE_LIMIT_IP_PER_MINUTE;
    let decision: RateLimitDecision | undefined;
    try {
      decision = await withTimeout(this.leases.consume(`${bulk ? 'bulk' : 'std'}:${identity}`, limit));
    } catch (e) {
      this.warnFailOpen('rate-limit', e);
    }
    if (decision) {
      res.setHeader('RateLimit-Policy', `${decision.limit};w=${WINDOW_SECONDS}`);
      res.setHeader('RateLimit-Limit', String(decision.limit));
      res.setHeader('RateLimit-Remaining', String(decision.remaining));
      res.setHeader('RateLimit-Reset', String(decision.resetSeconds));
    }
    const outcome: RateLimitOutcome = { lane, ...(decision ? { decision } : {}) };
    r[OUTCOME_KEY] = outcome;
    return outcome;
  }

  warnFailOpen(what: 'rate-limit' | 'idempotency', e: unknown): void {
    this.failedOpen.inc({ what });
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    this.logger.warn({ err: e, what }, `${what} skipped: the gateway database did not answer (failing open)`);
  }
}

/**
 * Rate limits (RateLimitGate) and Idempotency-Key handling for every /v1 and /oauth route. Runs as a global
 * interceptor, i.e. after the guards, so the authenticated client is known. A create whose rpc takes the key
 * (ApiIdempotencyKey('service')) is made once per key by its service, which compares the request hash this interceptor
 * puts in the request's context (sent as gRPC metadata) and says when it answered an earlier request's record; every
 * other write with a key goes through the gateway's store (IdempotencyStore). Both the limiter and the store fail open
 * when the database does not answer: the request is served (a service still creates once per key through its request_id).
 */
@Injectable()
export class TrafficInterceptor implements NestInterceptor {
  private readonly limited: Counter<'lane'>;
  private readonly replays: Counter<string>;
  private readonly store: IdempotencyStore;

  constructor(
    @Inject(GATEWAY_CONFIG) config: TrafficConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
    ds: DataSource,
    private readonly gate: RateLimitGate,
    private readonly reflector: Reflector,
  ) {
    this.store = new IdempotencyStore(ds, config.IDEMPOTENCY_TTL_HOURS, config.IDEMPOTENCY_TAKEOVER_S);
    this.limited = new Counter({
      name: 'gateway_rate_limited_requests_total',
      help: 'Requests refused with 429 by the rate limiter',
      labelNames: ['lane'],
      registers: [registry],
    });
    this.replays = new Counter({
      name: 'gateway_idempotent_replays_total',
      help: 'Responses replayed for a repeated Idempotency-Key',
      registers: [registry],
    });
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    // the path the router matched, whatever the case of its letters or an absolute-form target (http://host/v1/...)
    const path = routedPath(req);
    if (!isRateLimitedPath(path)) return next.handle();

    const { lane, decision } = await this.gate.check(req, res, [ctx.getHandler(), ctx.getClass()]);
    if (decision && !decision.allowed) {
      this.limited.inc({ lane });
      return this.problem(
        ctx,
        429,
        `Rate limit of ${decision.limit} requests per minute exceeded; retry in ${decision.resetSeconds} s`,
        'RATE_LIMITED',
        { 'Retry-After': String(decision.resetSeconds) },
      );
    }

    if (!WRITE_METHODS.has(req.method) || !isIdempotentPath(path)) return next.handle();
    const key = req.header('idempotency-key');
    if (key === undefined) return next.handle();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key))
      return this.problem(ctx, 400, 'Idempotency-Key must be 1 to 128 visible ASCII characters', 'INVALID_IDEMPOTENCY_KEY');

    // a create whose rpc takes the key (request_id): the service makes the record once per key in the transaction that
    // creates it and compares this hash; the gateway's store is not used (a replay is the record, see ApiIdempotencyKey)
    const context = currentContext();
    if (context && this.reflector.get<boolean | undefined>(IDEMPOTENT_IN_SERVICE, ctx.getHandler())) {
      const idempotency: IdempotencyContext = { hash: requestFingerprint(req.method, req.originalUrl, req.body), forward: true };
      context.idempotency = idempotency;
      // the service answered the record an earlier request with this key made: said before the answer is written
      return next.handle().pipe(
        tap(() => {
          if (idempotency.replayed) {
            res.setHeader('Idempotent-Replayed', 'true');
            this.replays.inc();
          }
        }),
      );
    }

    const request: IdempotencyRequest = {
      principal: rateLimitKey(req),
      key,
      method: req.method,
      path: req.originalUrl,
      hash: requestHash(req.body),
    };
    let claim: BeginResult;
    try {
      claim = await withTimeout(this.store.begin(request));
    } catch (e) {
      this.gate.warnFailOpen('idempotency', e);
      return next.handle();
    }
    switch (claim.kind) {
      case 'mismatch':
        return this.problem(ctx, 422, IDEMPOTENCY_KEY_REUSED_DETAIL, IDEMPOTENCY_KEY_REUSED);
      case 'in-flight':
        return this.problem(
          ctx,
          409,
          'A request with this Idempotency-Key is still being processed; retry later',
          'IDEMPOTENCY_KEY_IN_USE',
          { 'Retry-After': '1' },
        );
      case 'replay':
        this.replays.inc();
        return this.replay(ctx, claim.response);
      case 'owner':
        this.captureResponse(res, request, claim.lockToken);
        return next.handle();
    }
  }

  /**
   * Stores the response this request sends (status, Location, Content-Type, body) before it is sent,
   * so a retry arriving right after it finds it. 5xx, 408 and 429 are not stored: the key is released
   * and a retry runs again. A request that ends without a response also releases its key.
   */
  private captureResponse(res: Response, request: IdempotencyRequest, lockToken: string): void {
    let settled = false;
    const idempotency = this.store;
    const originalSend = res.send;
    const warn = (e: unknown) => this.gate.warnFailOpen('idempotency', e);
    const send = (chunk?: unknown): Response => {
      // res.send(object) re-enters through res.json -> res.send(string): capture the string
      if (settled || (chunk !== null && typeof chunk === 'object' && !Buffer.isBuffer(chunk))) return originalSend.call(res, chunk);
      settled = true;
      delete (res as { send?: unknown }).send;
      const status = res.statusCode;
      let store: Promise<void>;
      if (status >= 500 || status === 408 || status === 429) {
        store = idempotency.release(request, lockToken);
      } else {
        const headers: Record<string, string> = {};
        for (const h of STORED_HEADERS) {
          const v = res.getHeader(h);
          if (v !== undefined) headers[h] = String(v);
        }
        const body = chunk === undefined || chunk === null ? null : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
        store = idempotency.complete(request, lockToken, { status, headers, body });
      }
      void withTimeout(store)
        .catch(warn)
        .finally(() => originalSend.call(res, chunk));
      return res;
    };
    (res as { send: unknown }).send = send;
    res.once('close', () => {
      if (settled) return;
      settled = true;
      void withTimeout(idempotency.release(request, lockToken)).catch(warn);
    });
  }

  private replay(ctx: ExecutionContext, stored: StoredResponse): Observable<unknown> {
    const res = ctx.switchToHttp().getResponse<Response>();
    res.status(stored.status);
    for (const [k, v] of Object.entries(stored.headers)) res.setHeader(k, v);
    res.setHeader('Idempotent-Replayed', 'true');
    if (nestWillReply(ctx)) return of(stored.body ?? undefined);
    res.send(stored.body ?? undefined);
    return of(undefined);
  }

  /** Answers with problem+json (as the ProblemFilter would, plus a machine-readable code). */
  private problem(
    ctx: ExecutionContext,
    status: number,
    detail: string,
    code: string,
    headers: Record<string, string> = {},
  ): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const body = problem(status, detail, { code, instance: req.originalUrl });
    const corr = correlationId() ?? (res.getHeader('x-correlation-id') as string | undefined);
    if (corr) body.correlationId = corr;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.status(status).type(PROBLEM_CONTENT_TYPE);
    const text = JSON.stringify(body);
    if (nestWillReply(ctx)) return of(text);
    res.send(text);
    return of(undefined);
  }
}
