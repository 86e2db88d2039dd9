import { isIP } from 'node:net';
import { ConfigError, int, str } from '@siapkerja/config';

/** Environment variables of rate limiting and idempotency (merged into the gateway's config spec). */
export const trafficConfigSpec = {
  /** requests per minute per authenticated client (standard lane) */
  RATE_LIMIT_PER_MINUTE: int({ default: 600, min: 1, max: 10_000_000 }),
  /** requests per minute per client IP for requests without an authenticated client */
  RATE_LIMIT_IP_PER_MINUTE: int({ default: 300, min: 1, max: 10_000_000 }),
  /** requests per minute per client (or IP) on bulk routes (`@BulkLane()`, /v1/bulk/...), counted separately */
  RATE_LIMIT_BULK_PER_MINUTE: int({ default: 6000, min: 1, max: 10_000_000 }),
  /** how long a stored Idempotency-Key response is replayed */
  IDEMPOTENCY_TTL_HOURS: int({ default: 24, min: 1, max: 24 * 30 }),
  /**
   * A retry finding its key still in flight after this many seconds takes it over (default: twice the gRPC deadline, by
   * when the first request has answered or failed); sooner it gets 409 + Retry-After.
   */
  IDEMPOTENCY_TAKEOVER_S: int({ default: 10, min: 1, max: 600 }),
  /**
   * Which proxies' X-Forwarded-For is believed, so the client IP of the per-IP limit and of the login throttle is the one
   * the load balancer saw: the proxies' addresses or CIDRs (or `loopback`, `linklocal`, `uniquelocal`), comma-separated,
   * or a hop count (`1`: only when the gateway is reachable through that proxy alone, as any sender's last entry is
   * believed). Unset, `0` or `false`: X-Forwarded-For is ignored, the socket address is the client IP. `true` (believe
   * every sender) is refused: a client could name any address and dodge every per-IP limit.
   */
  TRUST_PROXY: str({ optional: true, pattern: /^[A-Za-z0-9.:/,\s]+$/ }),
};

/** The values of {@link trafficConfigSpec} (the gateway config contains them). */
export interface TrafficConfig {
  RATE_LIMIT_PER_MINUTE: number;
  RATE_LIMIT_IP_PER_MINUTE: number;
  RATE_LIMIT_BULK_PER_MINUTE: number;
  IDEMPOTENCY_TTL_HOURS: number;
  IDEMPOTENCY_TAKEOVER_S: number;
  TRUST_PROXY?: string;
}

const TRUST_PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Why one comma-separated entry of TRUST_PROXY is not an address, a CIDR or a range name; undefined when it is one. */
function trustProxyEntryProblem(entry: string): string | undefined {
  if (TRUST_PROXY_NAMES.has(entry)) return undefined;
  const slash = entry.indexOf('/');
  const address = slash < 0 ? entry : entry.slice(0, slash);
  const kind = isIP(address);
  if (!kind) return `"${entry.slice(0, 64)}" is not an IP address, a CIDR or one of loopback, linklocal, uniquelocal`;
  if (slash < 0) return undefined;
  const range = entry.slice(slash + 1);
  const bits = kind === 4 ? 32 : 128;
  if (/^\d{1,3}$/.test(range) && Number(range) <= bits) return undefined;
  if (kind === 4 && isIP(range) === 4) return undefined; // a netmask (255.255.255.0)
  return `"${entry.slice(0, 64)}" has no valid prefix length (0 to ${bits})`;
}

/**
 * Parses TRUST_PROXY into the value Express expects (`trust proxy`); throws ConfigError for `true` (every sender's
 * X-Forwarded-For believed) and for an entry that is no address, CIDR or range name (Express would throw a TypeError at start).
 */
export function trustProxyValue(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim();
  if (v === '' || v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (v === 'true')
    throw new ConfigError([
      'TRUST_PROXY=true would believe X-Forwarded-For from any sender (a client could name any address and dodge the per-IP ' +
        "limits and the login throttle): give the proxies' addresses or CIDRs, or a hop count",
    ]);
  const entries = v.split(',').map((e) => e.trim());
  const problems = entries.map(trustProxyEntryProblem).filter((p): p is string => p !== undefined);
  if (problems.length) throw new ConfigError(problems.map((p) => `TRUST_PROXY: ${p}`));
  return entries.join(',');
}
