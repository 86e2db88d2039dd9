import { ArgumentsHost, BadRequestException, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  grpcErrorToProblem,
  isDatabaseUnavailable,
  problem,
  PROBLEM_CONTENT_TYPE,
  problemHeaders,
  type FieldViolation,
  type ProblemDetails,
} from '@siapkerja/errors';
import { correlationId, type Logger } from '@siapkerja/logging';

/** Thrown by the validation pipe: every invalid field, by JSON path. */
export class FieldValidationException extends BadRequestException {
  constructor(readonly violations: FieldViolation[]) {
    super('The request body or parameters are invalid');
  }
}

/**
 * Every error leaves the gateway as RFC 9457 problem+json: validation errors list each field,
 * gRPC status codes are mapped to HTTP, and internal details never reach the client.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const body = this.toProblem(exception);
    // the path of the request, not its query: a query may hold what the caller searched for (a name, a NIK) or a huge
    // value the request was refused for, and neither belongs in an error body that clients log and forward
    const path = req.originalUrl.split('?')[0];
    body.instance = path;
    const corr = correlationId() ?? (res.getHeader('x-correlation-id') as string | undefined);
    if (corr) body.correlationId = corr;
    if (body.status >= 500) this.logger.error({ err: exception, path }, 'request failed');
    for (const [name, value] of Object.entries(problemHeaders(body.status))) if (!res.getHeader(name)) res.setHeader(name, value);
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (isDatabaseUnavailable(exception))
      return problem(503, 'The gateway cannot reach its database, retry later', { code: 'UNAVAILABLE' });
    if (exception instanceof FieldValidationException) {
      return problem(400, exception.message, { code: 'INVALID_ARGUMENT', errors: exception.violations });
    }
    const fromGrpc = grpcErrorToProblem(exception);
    if (fromGrpc) return fromGrpc;
    // body-parser errors (malformed JSON, too large, bad charset) carry a status and a type
    const parserError = exception as { type?: string; status?: number; statusCode?: number };
    if (parserError?.type === 'entity.parse.failed') return problem(400, 'The request body is not valid JSON', { code: 'MALFORMED_JSON' });
    if (parserError?.type === 'entity.too.deep')
      return problem(400, (exception as Error).message, {
        code: 'JSON_TOO_DEEP',
        errors: [{ field: 'body', description: (exception as Error).message }],
      });
    if (parserError?.type === 'entity.too.large') return problem(413, 'The request body is too large', { code: 'PAYLOAD_TOO_LARGE' });
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const cause = (exception as { cause?: { type?: string } }).cause;
      if (cause?.type === 'entity.parse.failed') return problem(400, 'The request body is not valid JSON', { code: 'MALFORMED_JSON' });
      const message = typeof response === 'string' ? response : (response as { message?: string | string[] }).message;
      const detail = Array.isArray(message) ? message.join('; ') : message;
      if (status === 400 && typeof detail === 'string' && /JSON/i.test(detail))
        return problem(400, 'The request body is not valid JSON', { code: 'MALFORMED_JSON' });
      return problem(status, status >= 500 ? undefined : detail);
    }
    if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500)
      return problem(parserError.status, 'The request could not be read');
    return problem(500, 'The request could not be handled');
  }
}
