import { address, bool, int, list, type ConfigOf } from '@siapkerja/config';
import { accessLogConfigSpec } from '@siapkerja/privacy';

/** Environment variables of the integration service beyond every service's (libs/service-kit serviceConfigSpec). */
export const integrationConfigSpec = {
  /** the identity service, keeper of the access log of unmasked personal data (libs/privacy AccessLog) */
  ...accessLogConfigSpec,
  /** records per NDJSON part of a feed snapshot (a part is one gRPC answer, so this bounds its size) */
  FEED_SNAPSHOT_PART_SIZE: int({ default: 10000, min: 1, max: 1_000_000 }),
  /** the jobs service: the job-seekers feed reads the records there with the caller's authority */
  JOBS_GRPC_URL: address({ default: '127.0.0.1:50051' }),
  /** the training service: applies the enrolment, attendance and completion records of bulk imports */
  TRAINING_GRPC_URL: address({ default: '127.0.0.1:50052' }),
  /** the placement service: applies the placement records of bulk imports */
  PLACEMENT_GRPC_URL: address({ default: '127.0.0.1:50054' }),
  GRPC_DEADLINE_MS: int({ default: 5000, min: 50, max: 60000 }),
  /** deadline of one ApplyImportBatch call (up to ~1,000 records) to an owning service */
  IMPORT_BATCH_DEADLINE_MS: int({ default: 60000, min: 100, max: 600_000 }),
  /** longest line of an upload, in bytes (the gateway cuts longer lines there; they are rejected by name) */
  IMPORT_MAX_LINE_BYTES: int({ default: 65536, min: 256, max: 1_048_576 }),
  /** how often the import worker looks for queued async uploads */
  IMPORT_POLL_MS: int({ default: 1000, min: 10, max: 60_000 }),
  /** attempts per delivery before it moves to the dead-letter list */
  WEBHOOK_MAX_ATTEMPTS: int({ default: 6, min: 1, max: 30 }),
  /** first retry delay; attempt n waits WEBHOOK_BACKOFF_MS * 2^(n-1) (+ up to 10 % jitter) */
  WEBHOOK_BACKOFF_MS: int({ default: 1000, min: 10, max: 3_600_000 }),
  /** time allowed for one delivery request */
  WEBHOOK_TIMEOUT_MS: int({ default: 5000, min: 100, max: 60_000 }),
  /** how often the delivery worker looks for due deliveries */
  WEBHOOK_POLL_MS: int({ default: 500, min: 10, max: 60_000 }),
  /** deliveries sent at once by one instance */
  WEBHOOK_CONCURRENCY: int({ default: 16, min: 1, max: 256 }),
  /** DANGEROUS, local development only: allow targets on loopback, private and link-local addresses */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool({ default: false }),
  /** exact host:port targets exempt from the private-address refusal (tests, an on-premise receiver); everything else stays protected */
  WEBHOOK_ALLOWED_PRIVATE_TARGETS: list({ optional: true, item: /^[^\s:/]+:\d{1,5}$|^\[[0-9a-fA-F:.]+\]:\d{1,5}$/ }),
};

export type IntegrationConfig = ConfigOf<typeof integrationConfigSpec> & { CALLER_SIGNING_SECRET?: string };
