import type { NextFunction, Request, Response } from 'express';
import { acceptCorrelationId, CORRELATION_HEADER, runWithContext, type Logger } from '@siapkerja/logging';
import { Histogram, type Registry } from '@siapkerja/observability';

/**
 * Starts the request's context: the correlation id (taken from X-Correlation-Id when sane, else new)
 * follows the request into gRPC metadata and from there into Kafka headers. Also records the
 * request duration by route.
 */
export function requestContext(logger: Logger, registry: Registry) {
  const seconds = new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const correlationId = acceptCorrelationId(req.header(CORRELATION_HEADER));
    res.setHeader(CORRELATION_HEADER, correlationId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // a route answered ahead of the router names itself (res.locals.route)
      const route =
        (res.locals.route as string | undefined) ??
        ((req.route?.path as string | undefined) ? `${req.baseUrl}${req.route.path}` : 'unmatched');
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      seconds.observe({ method: req.method, route, status: String(res.statusCode) }, s);
      runWithContext({ correlationId }, () =>
        logger.info(
          { method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(s * 1000) },
          'request',
        ),
      );
    });
    runWithContext({ correlationId }, () => next());
  };
}
