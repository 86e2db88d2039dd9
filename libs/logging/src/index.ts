import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import pino, { type Logger, type DestinationStream } from 'pino';

/** HTTP header, gRPC metadata key and Kafka header carrying the correlation id. */
export const CORRELATION_HEADER = 'x-correlation-id';

export interface RequestContext {
  correlationId: string;
  /** Authenticated caller, when known (subject id, roles, region scope). */
  caller?: Record<string, unknown>;
  /** When the caller gives up (epoch ms; the gRPC deadline of the call): work that cannot end before it is not done. */
  deadline?: number;
  /**
   * A create retried under a client's key (HTTP Idempotency-Key, gRPC request_id) that the service itself makes once:
   * the request's hash (the gateway's, of method, path and body) and whether the service answered an earlier call's
   * record (a replay). See `onceByRequestId` (libs/persistence) and `IDEMPOTENCY_HASH_METADATA` (libs/grpc).
   */
  idempotency?: IdempotencyContext;
}

export interface IdempotencyContext {
  /** sha256 (hex) of the request as its client sent it */
  hash: string;
  /** the gateway's context: its gRPC calls carry the hash to the service (a service never passes one on) */
  forward?: boolean;
  /** set when the service answered the record an earlier request with the same key made */
  replayed?: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The deadline of the current request (epoch ms), when it has one. */
export function requestDeadline(): number | undefined {
  return storage.getStore()?.deadline;
}

export function correlationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/** A correlation id from outside is kept only if it looks sane; otherwise a new one is made. */
export function acceptCorrelationId(raw: unknown): string {
  if (typeof raw === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(raw)) return raw;
  return randomUUID();
}

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export type { Logger };

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const id = storage.getStore()?.correlationId;
        return id ? { correlationId: id } : {};
      },
      redact: {
        paths: ['nik', '*.nik', 'phone', '*.phone', 'password', '*.password', 'authorization', '*.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** Adapts pino to NestJS's LoggerService so framework logs are JSON too. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
