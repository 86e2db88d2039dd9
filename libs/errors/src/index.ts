import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';

/** One invalid field, named by its JSON path (e.g. `vacancy.regionCode`). */
export interface FieldViolation {
  field: string;
  description: string;
}

export type ErrorKind =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'FAILED_PRECONDITION'
  | 'PERMISSION_DENIED'
  | 'UNAUTHENTICATED'
  | 'ABORTED'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/**
 * Structured facts an error carries for the caller's program (not its reader): they travel beside the message in the
 * trailing metadata `x-error-details` (JSON) and are read back with `errorDetailsOf`.
 */
export interface ErrorDetails {
  /** the record that already exists (ALREADY_EXISTS), when the caller may know it */
  existingId?: string;
  /** RESOURCE_EXHAUSTED: seconds before the caller may try again */
  retryAfterSeconds?: string;
  /** a machine-readable reason (e.g. IDENTITY_NOT_VERIFIED) */
  reason?: string;
  /** UNAUTHENTICATED after a refresh token was reused: the session that was ended */
  endedSessionId?: string;
}

/** An error the domain raises on purpose; everything else is an internal error. */
export class DomainError extends Error {
  constructor(
    public readonly kind: ErrorKind,
    message: string,
    public readonly violations: FieldViolation[] = [],
    public readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (violations: FieldViolation[], message = 'The request has invalid fields') =>
  new DomainError('INVALID_ARGUMENT', message, violations);
export const notFound = (resource: string, id: string) => new DomainError('NOT_FOUND', `${resource} ${echo(id)} was not found`);

/** Longest part of a caller's value an error message quotes back ({@link echo}). */
export const MAX_ECHO = 64;
/** Longest error message or field-violation description sent (toGrpcError): they travel in gRPC trailers. */
export const MAX_ERROR_TEXT = 1000;

/**
 * A text cut to at most `max` characters (then an ellipsis), never ending in half a surrogate pair: a value the caller
 * sent, as an error message may quote it. The message travels as the gRPC status's grpc-message trailer: an id of
 * 200,000 characters quoted whole makes trailers larger than the client takes, and the call hangs until its deadline
 * instead of answering its error.
 */
export function echo(value: string, max = MAX_ECHO): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** The text with each lone surrogate as U+FFFD: grpc-js sends grpc-message through encodeURI, which throws on one. */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
export const alreadyExists = (message: string, details: ErrorDetails = {}) => new DomainError('ALREADY_EXISTS', message, [], details);
export const conflict = (message: string) => new DomainError('FAILED_PRECONDITION', message);
export const forbidden = (message: string) => new DomainError('PERMISSION_DENIED', message);

/** The reason of a create whose client key (Idempotency-Key, request_id) an earlier, different request used: HTTP 422. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
export const IDEMPOTENCY_KEY_REUSED_DETAIL =
  'This Idempotency-Key was already used for a different request (method, path or body); use a new key for a new request';
export const idempotencyKeyReused = () =>
  new DomainError('FAILED_PRECONDITION', IDEMPOTENCY_KEY_REUSED_DETAIL, [], { reason: IDEMPOTENCY_KEY_REUSED });

const KIND_TO_GRPC: Record<ErrorKind, GrpcStatus> = {
  INVALID_ARGUMENT: GrpcStatus.INVALID_ARGUMENT,
  NOT_FOUND: GrpcStatus.NOT_FOUND,
  ALREADY_EXISTS: GrpcStatus.ALREADY_EXISTS,
  FAILED_PRECONDITION: GrpcStatus.FAILED_PRECONDITION,
  PERMISSION_DENIED: GrpcStatus.PERMISSION_DENIED,
  UNAUTHENTICATED: GrpcStatus.UNAUTHENTICATED,
  ABORTED: GrpcStatus.ABORTED,
  RESOURCE_EXHAUSTED: GrpcStatus.RESOURCE_EXHAUSTED,
  UNAVAILABLE: GrpcStatus.UNAVAILABLE,
  INTERNAL: GrpcStatus.INTERNAL,
};

/** Trailing-metadata key carrying field violations as JSON. */
export const VIOLATIONS_METADATA_KEY = 'x-field-violations';
/** Trailing-metadata key carrying a domain error's `ErrorDetails` as JSON. */
export const ERROR_DETAILS_METADATA_KEY = 'x-error-details';

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const LOST_CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command/i;

/**
 * Is `err` a lost or refused database connection (the database is down or restarting), rather than a bad query?
 * Socket errors (ECONNREFUSED, ECONNRESET...), PostgreSQL 57P01-57P03 (admin/crash shutdown, cannot connect now) and
 * class 08 (connection exception), pg's "Connection terminated" and pool timeout; looked for in TypeORM's
 * `driverError` and in `cause` too.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'number') return false; // a gRPC status (its message may quote a refused connection to a service)
  if (typeof e.code === 'string') {
    if (UNREACHABLE_CODES.has(e.code) || /^57P0[123]$/.test(e.code) || e.code === '53300' || /^08[0-9A-Z]{3}$/.test(e.code)) return true;
  }
  if (typeof e.message === 'string' && LOST_CONNECTION_MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** PostgreSQL error codes that are the caller's fault, not ours. */
function fromDatabaseError(err: { code?: string; detail?: string }): DomainError | undefined {
  if (err.code === '23505') return new DomainError('ALREADY_EXISTS', 'A record with the same unique key already exists');
  if (err.code === '40001' || err.code === '40P01') return new DomainError('ABORTED', 'Concurrent update, retry the request');
  // statement_timeout: the unit of work could not end before the caller's deadline (see TransactionalOutbox.run)
  if (err.code === '57014')
    return new DomainError('UNAVAILABLE', 'The service is overloaded: the request could not finish in time, retry later');
  return undefined;
}

/**
 * JSON in printable ASCII only, as gRPC text metadata must be (grpc-js throws on anything else, and the error meant for
 * the caller became INTERNAL): every other character is written as its \\uXXXX escape, which JSON.parse reads back.
 */
export function asciiJson(value: unknown): string {
  return asciiJsonText(JSON.stringify(value));
}

/** JSON text with every character outside printable ASCII written as its \\uXXXX escape (the same JSON for JSON.parse). */
export function asciiJsonText(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Maps any thrown value to a gRPC error; internal details are never sent to the caller. */
export function toGrpcError(err: unknown): Partial<ServiceError> & { code: GrpcStatus; details: string } {
  const anyErr = err as { code?: string; driverError?: { code?: string } };
  const domain =
    err instanceof DomainError
      ? err
      : isDatabaseUnavailable(err)
        ? new DomainError('UNAVAILABLE', 'The database is unavailable, retry later')
        : fromDatabaseError(anyErr.driverError ?? (anyErr as { code?: string }));
  if (!domain) return { code: GrpcStatus.INTERNAL, details: 'Internal error' };
  const metadata = new Metadata();
  // texts that may quote a caller's value are cut (echo): whatever a service quoted, the answer fits in the trailers and
  // the message is one grpc-js can send
  const violations = domain.violations.map((v) => ({ ...v, description: echo(v.description, MAX_ERROR_TEXT) }));
  if (violations.length) metadata.set(VIOLATIONS_METADATA_KEY, asciiJson(violations));
  if (Object.keys(domain.details).length) metadata.set(ERROR_DETAILS_METADATA_KEY, asciiJson(domain.details));
  return { code: KIND_TO_GRPC[domain.kind], details: wellFormed(echo(domain.message, MAX_ERROR_TEXT)), metadata };
}

/** Every gRPC status code mapped to an HTTP status. */
export const GRPC_TO_HTTP: Record<GrpcStatus, number> = {
  [GrpcStatus.OK]: 200,
  [GrpcStatus.CANCELLED]: 499,
  [GrpcStatus.UNKNOWN]: 500,
  [GrpcStatus.INVALID_ARGUMENT]: 400,
  [GrpcStatus.DEADLINE_EXCEEDED]: 504,
  [GrpcStatus.NOT_FOUND]: 404,
  [GrpcStatus.ALREADY_EXISTS]: 409,
  [GrpcStatus.PERMISSION_DENIED]: 403,
  [GrpcStatus.RESOURCE_EXHAUSTED]: 429,
  [GrpcStatus.FAILED_PRECONDITION]: 409,
  [GrpcStatus.ABORTED]: 409,
  [GrpcStatus.OUT_OF_RANGE]: 400,
  [GrpcStatus.UNIMPLEMENTED]: 501,
  [GrpcStatus.INTERNAL]: 500,
  [GrpcStatus.UNAVAILABLE]: 503,
  [GrpcStatus.DATA_LOSS]: 500,
  [GrpcStatus.UNAUTHENTICATED]: 401,
};

const HTTP_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** RFC 9457 problem details. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  correlationId?: string;
  errors?: FieldViolation[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://siapkerja.kemnaker.go.id/problems/';

export function problem(status: number, detail?: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  const title = HTTP_TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
  const slug = extra.code ? extra.code.toLowerCase().replace(/_/g, '-') : title.toLowerCase().replace(/[^a-z]+/g, '-');
  return { type: PROBLEM_TYPE_BASE + slug, title, status, ...(detail ? { detail } : {}), ...extra };
}

function isGrpcError(err: unknown): err is ServiceError {
  return typeof err === 'object' && err !== null && typeof (err as ServiceError).code === 'number' && 'metadata' in (err as object);
}

/**
 * The structured details of a gRPC client error (`ErrorDetails`, sent by `toGrpcError`); empty for any other error or a
 * malformed payload. Only fields of the expected type are kept.
 */
export function errorDetailsOf(err: unknown): ErrorDetails {
  if (!isGrpcError(err)) return {};
  const raw = err.metadata?.get(ERROR_DETAILS_METADATA_KEY)?.[0];
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(raw));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  // only string values: anything else was not sent by toGrpcError
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string' && v)) as ErrorDetails;
}

/** The id of the record that already exists, when a gRPC client error is ALREADY_EXISTS and names it. */
export function existingIdOf(err: unknown): string | undefined {
  return isGrpcError(err) && err.code === GrpcStatus.ALREADY_EXISTS ? errorDetailsOf(err).existingId : undefined;
}

/** Maps a gRPC client error to problem+json; used by the gateway for every call. */
export function grpcErrorToProblem(err: unknown): ProblemDetails | undefined {
  if (!isGrpcError(err)) return undefined;
  const code = err.code as GrpcStatus;
  // a service refused a key an earlier, different request used (onceByRequestId): 422, as the gateway's own key store answers
  if (code === GrpcStatus.FAILED_PRECONDITION && errorDetailsOf(err).reason === IDEMPOTENCY_KEY_REUSED)
    return problem(422, err.details, { code: IDEMPOTENCY_KEY_REUSED });
  const status = GRPC_TO_HTTP[code] ?? 500;
  const codeName = GrpcStatus[code] ?? 'UNKNOWN';
  let errors: FieldViolation[] | undefined;
  const raw = err.metadata?.get(VIOLATIONS_METADATA_KEY)?.[0];
  if (raw) {
    try {
      errors = JSON.parse(String(raw));
    } catch {
      errors = undefined;
    }
  }
  const detail =
    status >= 500 && code !== GrpcStatus.UNAVAILABLE && code !== GrpcStatus.DEADLINE_EXCEEDED
      ? 'The service failed to handle the request'
      : code === GrpcStatus.UNAVAILABLE
        ? 'A backing service is unavailable, retry later'
        : code === GrpcStatus.DEADLINE_EXCEEDED
          ? 'A backing service did not answer in time'
          : err.details;
  return problem(status, detail, { code: codeName, ...(errors ? { errors } : {}) });
}

/**
 * Seconds a client should wait before retrying, by HTTP status: every 503 (a backing service or the gateway's own
 * database unavailable) and every 429 carry `Retry-After`.
 */
export const RETRY_AFTER_SECONDS: Readonly<Partial<Record<number, number>>> = { 429: 1, 503: 5 };

/** The headers an error answer with this HTTP status must carry (Retry-After for 429 and 503). */
export function problemHeaders(status: number): Record<string, string> {
  const seconds = RETRY_AFTER_SECONDS[status];
  return seconds === undefined ? {} : { 'retry-after': String(seconds) };
}

/** Collects field violations, then throws one INVALID_ARGUMENT naming them all. */
export class Violations {
  private readonly list: FieldViolation[] = [];
  check(ok: boolean, field: string, description: string): this {
    if (!ok) this.list.push({ field, description });
    return this;
  }
  add(field: string, description: string): this {
    this.list.push({ field, description });
    return this;
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  throwIfAny(message?: string): void {
    if (this.list.length) throw invalid(this.list, message);
  }
}

export { fieldPath, findUnstorableString, jsonMayHoldUnstorable } from './unstorable';
export { isOneLine, ONE_LINE } from './one-line';
