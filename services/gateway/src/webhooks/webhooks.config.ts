import { bool, int, list } from '@siapkerja/config';

/** Environment variables of the webhooks (a leaf file: platform/config imports it through webhooks.module). */
export const webhooksConfigSpec = {
  /** attempts per delivery before it moves to the dead-letter list */
  WEBHOOK_MAX_ATTEMPTS: int({ default: 6, min: 1, max: 30 }),
  /** first retry delay; attempt n waits WEBHOOK_BACKOFF_MS * 2^(n-1) (+ up to 10 % jitter) */
  WEBHOOK_BACKOFF_MS: int({ default: 1000, min: 10, max: 3_600_000 }),
  /** time allowed for one delivery request */
  WEBHOOK_TIMEOUT_MS: int({ default: 5000, min: 100, max: 60_000 }),
  /** how often the delivery worker looks for due deliveries */
  WEBHOOK_POLL_MS: int({ default: 500, min: 10, max: 60_000 }),
  /** deliveries sent at once by one gateway instance */
  WEBHOOK_CONCURRENCY: int({ default: 16, min: 1, max: 256 }),
  /** DANGEROUS, local development only: allow targets on loopback, private and link-local addresses */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool({ default: false }),
  /** exact host:port targets exempt from the private-address refusal (tests, an on-premise receiver); everything else stays protected */
  WEBHOOK_ALLOWED_PRIVATE_TARGETS: list({ optional: true, item: /^[^\s:/]+:\d{1,5}$|^\[[0-9a-fA-F:.]+\]:\d{1,5}$/ }),
};
