import { Catch, type ArgumentsHost, type CanActivate, type ExecutionContext, type RpcExceptionFilter } from '@nestjs/common';
import { Metadata, status, type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { Observable, throwError } from 'rxjs';
import { CALLER_METADATA_KEY, CALLER_SIGNATURE_KEY, CallerVerifier, parseCaller } from '@siapkerja/authz';
import { DomainError, findUnstorableString, invalid, toGrpcError } from '@siapkerja/errors';
import { acceptCorrelationId, CORRELATION_HEADER, runWithContext, type IdempotencyContext, type Logger } from '@siapkerja/logging';
import { IDEMPOTENCY_HASH_METADATA, IDEMPOTENT_REPLAYED_METADATA } from './client';

export interface CallObserver {
  (method: string, code: status, seconds: number): void;
}

/** A gRPC status ready for the wire (what toGrpcError returns), marked so nothing maps it twice. */
const MAPPED = Symbol('grpc-status');
type MappedStatus = ReturnType<typeof toGrpcError> & { [MAPPED]: true };
const isMapped = (err: unknown): err is MappedStatus => typeof err === 'object' && err !== null && MAPPED in err;
const methodOf = (call: { getPath?: () => string } | undefined) => call?.getPath?.().replace(/^\//, '') ?? 'unknown';

/** Guard: with a caller secret, only calls whose `x-caller` is signed with it are served (UNAUTHENTICATED otherwise). */
export class SignedCallerGuard implements CanActivate {
  private readonly verifier: CallerVerifier;

  constructor(
    secret: string,
    private readonly logger: Logger,
  ) {
    this.verifier = new CallerVerifier(secret);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'rpc') return true;
    const [, metadata, call] = context.getArgs() as [unknown, Metadata, ServerUnaryCall<unknown, unknown> | undefined];
    const rawCaller = metadata.get(CALLER_METADATA_KEY)[0];
    if (typeof rawCaller === 'string' && this.verifier.verify(rawCaller, metadata.get(CALLER_SIGNATURE_KEY)[0])) return true;
    this.logger.warn(
      { method: methodOf(call), correlationId: metadata.get(CORRELATION_HEADER)[0], hasCaller: rawCaller !== undefined },
      'gRPC call refused: caller missing or not signed',
    );
    throw new DomainError('UNAUTHENTICATED', 'The caller is missing or its signature is invalid or stale');
  }
}

/**
 * Exception filter: DomainError -> its gRPC status with field violations in trailing metadata, a lost database ->
 * UNAVAILABLE (libs/errors), anything else INTERNAL with its stack logged and no detail sent.
 */
@Catch()
export class GrpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger) {}

  catch(err: unknown, host: ArgumentsHost): Observable<never> {
    if (isMapped(err)) return throwError(() => err);
    const mapped = Object.assign(toGrpcError(err), { [MAPPED]: true as const });
    const method = methodOf(host.getArgs()[2] as ServerUnaryCall<unknown, unknown> | undefined);
    if (mapped.code === status.INTERNAL) this.logger.error({ method, err }, 'gRPC handler failed');
    else this.logger.info({ method, code: status[mapped.code], detail: mapped.details }, 'gRPC call refused');
    return throwError(() => mapped);
  }
}

/**
 * Runs one unary call of the Nest gRPC transport: the correlation id from metadata and the caller go into the async
 * context (`runWithContext`) for the whole execution of the handler (guard, filter and handler run inside it), the
 * handling time is observed per method and status code, and an error that escaped the filter is still mapped. A request
 * holding a string PostgreSQL cannot store is refused first; then one with no time left, or one the service's admission
 * control refuses (UNAVAILABLE). The call's deadline goes into the context too (units of work end before it).
 */
/**
 * Admission control of a service: a reason to refuse a call at once (UNAVAILABLE: the gateway answers 503 with
 * Retry-After), or undefined to serve it. E.g. too many calls already waiting for a database connection: a call that would
 * wait behind them is refused now, while its client can still retry, instead of being served after it gave up.
 */
export type Admission = () => string | undefined;

/** Below this much time left, a call is refused on arrival: it spent its time in queues and cannot be answered usefully. */
export const MIN_TIME_LEFT_MS = 20;

function deadlineMs(d: Date | number | undefined): number | undefined {
  const t = d instanceof Date ? d.getTime() : d;
  return t === undefined || !Number.isFinite(t) ? undefined : t;
}

export function runUnaryCall(
  call: ServerUnaryCall<unknown, unknown>,
  callback: sendUnaryData<unknown>,
  handle: () => Promise<Observable<unknown>>,
  observe?: CallObserver,
  admit?: Admission,
): void {
  const started = process.hrtime.bigint();
  const done = (code: status) => observe?.(methodOf(call), code, Number(process.hrtime.bigint() - started) / 1e9);
  const fail = (err: unknown) => {
    const mapped = isMapped(err) ? err : toGrpcError(err);
    done(mapped.code);
    callback(mapped as never, null);
  };
  const correlationId = acceptCorrelationId(call.metadata.get(CORRELATION_HEADER)[0]);
  const caller = parseCaller(call.metadata.get(CALLER_METADATA_KEY)[0]) as Record<string, unknown> | undefined;
  // every request is refused INVALID_ARGUMENT, naming the field, when a string in it cannot be stored (NUL, lone surrogate) or holds a control character
  const unstorable = findUnstorableString(call.request);
  if (unstorable) return fail(invalid([unstorable], 'The request has a string that cannot be stored or holds a control character'));
  const deadline = deadlineMs(call.getDeadline?.());
  if (deadline !== undefined && deadline - Date.now() < MIN_TIME_LEFT_MS)
    return fail(new DomainError('UNAVAILABLE', 'The request reached the service too close to its deadline, retry later'));
  const refused = admit?.();
  if (refused) return fail(new DomainError('UNAVAILABLE', refused));
  const hash = call.metadata.get(IDEMPOTENCY_HASH_METADATA)[0];
  const idempotency: IdempotencyContext | undefined = typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) ? { hash } : undefined;
  runWithContext({ correlationId, caller, deadline, ...(idempotency ? { idempotency } : {}) }, () => {
    handle().then(
      (result$) =>
        result$.subscribe({
          next: (data) => {
            done(status.OK);
            // the record an earlier request with the same key made: the gateway answers Idempotent-Replayed
            if (idempotency?.replayed) {
              const head = new Metadata();
              head.set(IDEMPOTENT_REPLAYED_METADATA, 'true');
              call.sendMetadata(head);
            }
            callback(null, data);
          },
          error: fail,
        }),
      fail,
    );
  });
}
