import { int, trustProxy } from '@siapkerja/config';

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
  /** the proxies whose X-Forwarded-For is believed for the client IP (libs/config trustProxy); unset: none */
  TRUST_PROXY: trustProxy({ optional: true }),
};

/** The values of {@link trafficConfigSpec} (the gateway config contains them). */
export interface TrafficConfig {
  RATE_LIMIT_PER_MINUTE: number;
  RATE_LIMIT_IP_PER_MINUTE: number;
  RATE_LIMIT_BULK_PER_MINUTE: number;
  IDEMPOTENCY_TTL_HOURS: number;
  IDEMPOTENCY_TAKEOVER_S: number;
  TRUST_PROXY?: boolean | number | string;
}
