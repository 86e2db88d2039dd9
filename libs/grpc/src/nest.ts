import { Catch, type CallHandler, type ExecutionContext, type NestInterceptor, type RpcExceptionFilter } from '@nestjs/common';
import { status, type Metadata, type ServerUnaryCall } from '@grpc/grpc-js';
import { Observable, throwError } from 'rxjs';
import { CALLER_METADATA_KEY, CALLER_SIGNATURE_KEY, parseCaller, verifyCallerSignature } from '@siapkerja/authz';
import { findUnstorableString, invalid, toGrpcError } from '@siapkerja/errors';
import { acceptCorrelationId, CORRELATION_HEADER, runWithContext, type Logger } from '@siapkerja/logging';

export interface CallObserver {
  (method: string, code: status, seconds: number): void;
}

/** A gRPC status ready for the wire (what toGrpcError returns), marked so the exception filter passes it through. */
const MAPPED = Symbol('grpc-status');
type MappedStatus = ReturnType<typeof toGrpcError> & { [MAPPED]: true };
const mark = (s: ReturnType<typeof toGrpcError>): MappedStatus => Object.assign(s, { [MAPPED]: true as const });

/**
 * Every gRPC call of a Nest microservice: with `callerSecret`, only callers signed with it are served
 * (UNAUTHENTICATED otherwise); the correlation id from metadata and the caller go into the async context
 * (`runWithContext`) for the whole execution of the handler; errors become gRPC statuses (DomainError -> its code
 * with field violations in trailing metadata, a lost database -> UNAVAILABLE, anything else INTERNAL with its stack
 * logged); handling time is observed per method and code.
 */
export class GrpcCallInterceptor implements NestInterceptor {
  constructor(private readonly opts: { logger: Logger; observe?: CallObserver; callerSecret?: string }) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const { logger, observe, callerSecret } = this.opts;
    const [, metadata, call] = context.getArgs() as [unknown, Metadata, ServerUnaryCall<unknown, unknown> | undefined];
    const method = call?.getPath?.().replace(/^\//, '') ?? `${context.getClass().name}.${context.getHandler().name}`;
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const correlationId = acceptCorrelationId(metadata.get(CORRELATION_HEADER)[0]);
    const rawCaller = metadata.get(CALLER_METADATA_KEY)[0];
    if (
      callerSecret &&
      !(typeof rawCaller === 'string' && verifyCallerSignature(rawCaller, metadata.get(CALLER_SIGNATURE_KEY)[0], callerSecret))
    ) {
      logger.warn({ method, correlationId, hasCaller: rawCaller !== undefined }, 'gRPC call refused: caller missing or not signed');
      observe?.(method, status.UNAUTHENTICATED, seconds());
      return throwError(() =>
        mark({ code: status.UNAUTHENTICATED, details: 'The caller is missing or its signature is invalid or stale' }),
      );
    }
    const caller = parseCaller(rawCaller);
    // every request is refused INVALID_ARGUMENT, naming the field, when a string in it cannot be stored (NUL, lone surrogate)
    const unstorable = findUnstorableString(context.getArgs()[0]);
    if (unstorable) {
      observe?.(method, status.INVALID_ARGUMENT, seconds());
      return throwError(() => mark(toGrpcError(invalid([unstorable], 'The request has a string that cannot be stored'))));
    }
    return new Observable((subscriber) =>
      runWithContext({ correlationId, caller: caller as Record<string, unknown> | undefined }, () =>
        next.handle().subscribe({
          next: (value) => {
            observe?.(method, status.OK, seconds());
            subscriber.next(value);
          },
          error: (err: unknown) => {
            const mapped = toGrpcError(err);
            if (mapped.code === status.INTERNAL) logger.error({ method, err }, 'gRPC handler failed');
            else logger.info({ method, code: status[mapped.code], detail: mapped.details }, 'gRPC call refused');
            observe?.(method, mapped.code, seconds());
            subscriber.error(mark(mapped));
          },
          complete: () => subscriber.complete(),
        }),
      ),
    );
  }
}

/** Sends statuses mapped by GrpcCallInterceptor as they are; maps (and logs) anything raised outside of it. */
@Catch()
export class GrpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger) {}

  catch(err: unknown): Observable<never> {
    if (typeof err === 'object' && err !== null && MAPPED in err) return throwError(() => err);
    const mapped = toGrpcError(err);
    if (mapped.code === status.INTERNAL) this.logger.error({ err }, 'gRPC call failed');
    return throwError(() => mark(mapped));
  }
}
