import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { Observable } from 'rxjs';

export interface DeprecationInfo {
  /** when the route was deprecated (ISO date) */
  since: string;
  /** when it stops working (ISO date) */
  sunset?: string;
  /** the replacement, e.g. `/v2/vacancies` */
  successor?: string;
  /** human documentation of the migration */
  docs?: string;
}

export const DEPRECATION = 'api:deprecation';

/**
 * Marks a route (or controller) deprecated: responses carry Deprecation (RFC 9745), Sunset (RFC 8594) and Link headers.
 * The interceptor runs on the marked routes only (not one more layer on every request).
 */
export const Deprecated = (info: DeprecationInfo) =>
  applyDecorators(SetMetadata(DEPRECATION, info), UseInterceptors(DeprecationInterceptor));

export function deprecationHeaders(info: DeprecationInfo): Record<string, string> {
  const headers: Record<string, string> = { Deprecation: `@${Math.floor(Date.parse(info.since) / 1000)}` };
  if (info.sunset) headers.Sunset = new Date(Date.parse(info.sunset)).toUTCString();
  const links = [
    ...(info.successor ? [`<${info.successor}>; rel="successor-version"`] : []),
    ...(info.docs ? [`<${info.docs}>; rel="deprecation"; type="text/html"`] : []),
  ];
  if (links.length) headers.Link = links.join(', ');
  return headers;
}

@Injectable()
export class DeprecationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const info = this.reflector.getAllAndOverride<DeprecationInfo | undefined>(DEPRECATION, [ctx.getHandler(), ctx.getClass()]);
    if (info && ctx.getType() === 'http') {
      const res = ctx.switchToHttp().getResponse<Response>();
      for (const [k, v] of Object.entries(deprecationHeaders(info))) {
        const prior = res.getHeader(k);
        res.setHeader(k, k === 'Link' && prior ? `${String(prior)}, ${v}` : v);
      }
    }
    return next.handle();
  }
}
