import type { Request } from 'express';

/**
 * The path the router matches a request by, lower-case (Express routes case-insensitively) and without the scheme and host
 * of an absolute-form target (`GET http://host/v1/employers HTTP/1.1` is routed like `GET /v1/employers`): what decides
 * whether a request is rate limited or idempotent, so neither a capital letter nor an absolute URL skips them.
 */
export function routedPath(req: Pick<Request, 'path' | 'originalUrl'>): string {
  let path: string | undefined;
  try {
    path = req.path;
  } catch {
    path = undefined;
  }
  return (path ?? req.originalUrl.split('?')[0]).toLowerCase();
}
