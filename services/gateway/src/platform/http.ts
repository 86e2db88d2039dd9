import { applyDecorators, BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';

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
  @ApiPropertyOptional({ example: '/v1/vacancies' }) instance?: string;
  @ApiPropertyOptional({ example: 'INVALID_ARGUMENT' }) code?: string;
  @ApiPropertyOptional({ example: '5f0c6c2e-8d0b-4b8e-9d7a-0c6f7f1f2a11' }) correlationId?: string;
  @ApiPropertyOptional({ type: [FieldViolationDto] }) errors?: FieldViolationDto[];
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, unknown fields, wrong types or invalid values (each listed in `errors`)',
  404: 'No such resource',
  409: 'Conflicts with the current state (e.g. a duplicate NIB)',
  503: 'A backing service is unavailable; retry later',
  504: 'A backing service did not answer in time',
};

/** Documents the problem+json responses of an operation. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...[...statuses, 503].map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}

export function ApiIdempotencyKey() {
  return ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Client-chosen key (1-128 characters) making a POST safe to retry: the same key returns the first result.',
    example: '7d0f8f4e-3a57-4c8a-9b8a-5a9e6c1f0b21',
  });
}

/** The Idempotency-Key header, checked. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const raw = ctx.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (raw === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,128}$/.test(raw)) throw new BadRequestException('Idempotency-Key must be 1 to 128 visible ASCII characters');
  return raw;
});

/** Sets 201 Location for a created resource. */
export function created<T extends { id: string }>(res: Response, collectionPath: string, body: T): T {
  res.location(`${collectionPath}/${body.id}`);
  return body;
}
