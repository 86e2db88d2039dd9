import type { Request } from 'express';
import { isIP } from 'node:net';

/** An IPv4 address written as IPv4-mapped IPv6 (`::ffff:203.0.113.5`, as a dual-stack socket reports it). */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The address in one canonical form (IPv4-mapped IPv6 as IPv4, IPv6 lower-case and compressed), so one client is one
 * key however its address is written; undefined when `raw` is no IP address.
 */
export function canonicalIp(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const v = raw.trim();
  const mapped = IPV4_MAPPED.exec(v);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  const kind = isIP(v);
  if (kind === 4) return v;
  if (kind !== 6) return undefined;
  try {
    return new URL(`http://[${v}]/`).hostname.slice(1, -1);
  } catch {
    return v.toLowerCase(); // a zone id (fe80::1%eth0): kept as written
  }
}

/**
 * The client address of a request, as the per-IP rate limit and identity's login throttle count it: Express's `req.ip`
 * (the socket address, or the address the proxies TRUST_PROXY names report in X-Forwarded-For) when it is an IP address.
 * X-Forwarded-For holds any text its sender wrote: when the first untrusted entry is no address (`spoof-1`,
 * `203.0.113.5:4711`), the nearest address that is one stands for the client (the trusted hop that reported the text,
 * else the socket's), so a made-up string never becomes a client of its own.
 */
export function clientIp(req: Pick<Request, 'ip' | 'ips' | 'socket'>): string {
  const fromProxies = Array.isArray(req.ips) ? req.ips : [];
  for (const candidate of [req.ip, ...fromProxies, req.socket?.remoteAddress]) {
    const ip = canonicalIp(candidate);
    if (ip) return ip;
  }
  return 'unknown';
}

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
