import { applyDecorators, BadRequestException, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import type { Request, Response } from 'express';
import { ACCESS_PURPOSES, PURPOSE_HEADER } from '@siapkerja/privacy';
import { IDEMPOTENCY_KEY_PATTERN } from '../traffic/idempotency';
import { FieldValidationException } from './problem.filter';

export class FieldViolationDto {
  @ApiProperty({ example: 'regionCode' }) field: string;
  @ApiProperty({ example: 'must be an existing Kemendagri regency code (NN.NN)' }) description: string;
}

/** RFC 9457 problem details, as every error of this API is returned. */
export class ProblemDto {
  @ApiProperty({ example: 'https://siapkerja.kemnaker.go.id/problems/invalid-argument' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiPropertyOptional({ example: 'The request body or parameters are invalid' }) detail?: string;
  @ApiPropertyOptional({ example: '/v1/vacancies', description: 'the path of the request (never its query)' }) instance?: string;
  @ApiPropertyOptional({ example: 'INVALID_ARGUMENT' }) code?: string;
  @ApiPropertyOptional({ example: '5f0c6c2e-8d0b-4b8e-9d7a-0c6f7f1f2a11' }) correlationId?: string;
  @ApiPropertyOptional({ type: [FieldViolationDto] }) errors?: FieldViolationDto[];
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, JSON nested deeper than 64 levels, a string that cannot be stored (NUL) or holds a control character, query-string bytes that are not UTF-8, unknown fields, wrong types or invalid values (each listed in `errors`)',
  401: 'No valid access token',
  403: 'The token lacks the scope, role or region this operation needs',
  404: 'No such resource',
  409: 'Conflicts with the current state (e.g. a duplicate NIB), or a request with the same Idempotency-Key is still in progress',
  413: 'The request body is larger than 1 MB',
  422: 'The Idempotency-Key was already used for a different request',
  429: 'Rate limit exceeded; retry after Retry-After seconds',
  503: 'A backing service is unavailable; retry after Retry-After seconds',
  504: 'A backing service did not answer in time',
};

const RETRY_AFTER = {
  'Retry-After': { description: 'seconds to wait before retrying', schema: { type: 'integer' as const, minimum: 1, example: 5 } },
};

function problemResponse(status: number) {
  return {
    status,
    description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
  };
}

/** Documents a problem response unless the operation already documents that status its own way. */
function ApiProblemUnlessDocumented(status: number): MethodDecorator & ClassDecorator {
  const decorator = (target: object, key?: string | symbol, descriptor?: PropertyDescriptor): void => {
    const holder = (descriptor?.value ?? target) as object;
    const documented = (Reflect.getMetadata(DECORATORS.API_RESPONSE, holder) ?? {}) as Record<string, unknown>;
    if (!documented[status]) ApiResponse(problemResponse(status))(target, key as string, descriptor as PropertyDescriptor);
  };
  return decorator as MethodDecorator & ClassDecorator;
}

/**
 * Documents the problem+json responses of an operation: the given statuses, and those every /v1 operation may answer
 * (429 rate limited and 503 service unavailable, both with Retry-After).
 */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) => ApiResponse(problemResponse(status))),
    ApiProblemUnlessDocumented(429),
    ApiProblemUnlessDocumented(503),
  );
}

/** The 400 of an operation taking no input: a query string holding a string that cannot be stored is refused too. */
export function ApiQueryStringProblem() {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ApiResponse({ ...problemResponse(400), description: 'A query string holding a NUL character (U+0000) or an unpaired surrogate' }),
  );
}

/** Route metadata: the service honours this route's Idempotency-Key (its rpc takes it as request_id), not the gateway's store. */
export const IDEMPOTENT_IN_SERVICE = 'siapkerja:idempotent-in-service';

const KEY_DESCRIPTION = {
  gateway:
    'Client-chosen key (1-128 visible ASCII characters) making the request safe to retry: a retry with the same key, method, path ' +
    'and body gets the first answer again (Idempotent-Replayed: true), error answers below 500 included; the same key with ' +
    'another request is refused with 422; while the first is still running, 409 with Retry-After.',
  service:
    'Client-chosen key (1-128 visible ASCII characters) making the create safe to retry: the service stores it with the record, ' +
    'in the same transaction. A retry with the same key, method, path and body answers that record as it is now, with ' +
    'Idempotent-Replayed: true (also when the retry races the first request: it waits for it); the same key with another ' +
    'request is refused with 422. A request that was refused (4xx) created nothing and is judged again when retried.',
} as const;

/**
 * The Idempotency-Key header, and the answers it can bring. `gateway`: the gateway's key store answers (409 still in
 * progress, 422 used for another request, stored answers replayed). `service`: the rpc takes the key as its request_id and
 * the service makes the record once per key (libs/persistence onceByRequestId); the gateway only passes the request's hash.
 */
export function ApiIdempotencyKey(by: 'gateway' | 'service' = 'gateway') {
  return applyDecorators(
    ...(by === 'service' ? [SetMetadata(IDEMPOTENT_IN_SERVICE, true)] : []),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: KEY_DESCRIPTION[by],
      example: '7d0f8f4e-3a57-4c8a-9b8a-5a9e6c1f0b21',
    }),
    ApiExtraModels(ProblemDto),
    ApiProblemUnlessDocumented(400),
    ApiProblemUnlessDocumented(409),
    ApiProblemUnlessDocumented(422),
  );
}

/** The X-Purpose header of a hand-written route that can return unmasked personal data (the service checks it). */
export function ApiPurposeHeader(required = false) {
  return ApiHeader({
    name: PURPOSE_HEADER,
    required,
    enum: [...ACCESS_PURPOSES],
    example: 'PLACEMENT_SERVICE',
    description: `Why unmasked personal data is read (logged with the access). Required for Disnaker officers${required ? ' and on this route' : ''}; without it personal data is masked.`,
  });
}

/** The Idempotency-Key header, checked. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const raw = ctx.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (raw === undefined) return undefined;
  if (!IDEMPOTENCY_KEY_PATTERN.test(raw)) throw new BadRequestException('Idempotency-Key must be 1 to 128 visible ASCII characters');
  return raw;
});

/** Sets 201 Location for a created resource. */
export function created<T extends { id: string }>(res: Response, collectionPath: string, body: T): T {
  res.location(`${collectionPath}/${body.id}`);
  return body;
}

/** Largest number a path segment read by {@link pathNumber} may hold: nine digits, within the rpcs' int32. */
export const MAX_PATH_NUMBER = 999_999_999;

/**
 * A path segment that is a number (a list, a part): decimal digits only, at most nine (within the rpc's int32), else 400
 * naming `field`. Number() would read '1e3' as 1000 and '0x10' as 16, and a number past 2^31 would wrap in the rpc.
 */
export function pathNumber(raw: string, field: string, noun: string): number {
  if (/^\d{1,9}$/.test(raw)) return Number(raw);
  throw new FieldValidationException([{ field, description: `must be a ${noun} number (0 to ${MAX_PATH_NUMBER})` }]);
}
