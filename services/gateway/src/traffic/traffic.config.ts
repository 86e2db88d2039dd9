import { int, str } from '@siapkerja/config';

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
   * Express `trust proxy` setting, so the client IP of the per-IP limit is taken from X-Forwarded-For
   * behind a load balancer: a hop count (`1`), `true`, or addresses/CIDRs/`loopback`/`uniquelocal`
   * (comma-separated). Unset: the socket address is the client IP.
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

/** Parses TRUST_PROXY into the value Express expects. */
export function trustProxyValue(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim();
  if (/^\d+$/.test(v)) return Number(v);
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v;
}
