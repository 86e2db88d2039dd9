import { address, int, list, loadConfig, oneOf, port, secret, str, url } from '@siapkerja/config';
import { kafkaTopicPrefixSpec } from '@siapkerja/service-kit';
import { authConfigSpec } from '../auth/auth.config';
import { importsConfigSpec } from '../imports/imports.config';
import { searchCacheConfigSpec } from '../jobs/search-cache.config';
import { trafficConfigSpec } from '../traffic/traffic.config';

export const gatewayConfigSpec = {
  PORT: port({ default: 3000 }),
  HOST: str({ default: '0.0.0.0' }),
  /** the gateway's own database: clients, accounts, tokens, rate limits, idempotency keys, audit */
  DATABASE_URL: url({ protocols: ['postgres', 'postgresql'], description: 'PostgreSQL URL of the gateway database' }),
  DB_POOL_SIZE: int({ default: 10, min: 1, max: 200 }),
  EVENT_BUS: oneOf(['kafka', 'inprocess'] as const, { default: 'kafka' }),
  KAFKA_BROKERS: list({ optional: true, item: /^[^\s:]+:\d+$/ }),
  KAFKA_TOPIC_PREFIX: kafkaTopicPrefixSpec,
  JOBS_GRPC_URL: address({ default: '127.0.0.1:50051' }),
  TRAINING_GRPC_URL: address({ default: '127.0.0.1:50052' }),
  CERTIFICATION_GRPC_URL: address({ default: '127.0.0.1:50053' }),
  PLACEMENT_GRPC_URL: address({ default: '127.0.0.1:50054' }),
  ENTREPRENEURSHIP_GRPC_URL: address({ default: '127.0.0.1:50055' }),
  INTEGRATION_GRPC_URL: address({ default: '127.0.0.1:50057' }),
  IDENTITY_GRPC_URL: address({ default: '127.0.0.1:50056' }),
  GRPC_DEADLINE_MS: int({ default: 5000, min: 50, max: 60000 }),
  /** deadline of calls to identity (password hashing is slow on purpose) */
  IDENTITY_GRPC_DEADLINE_MS: int({ default: 5000, min: 50, max: 60000 }),
  LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, { default: 'info' }),
  PUBLIC_BASE_URL: str({ optional: true, pattern: /^https?:\/\// }),
  /** key of the person-id hash, identical in every service (the gateway derives it at sign-up) */
  PERSON_ID_SECRET: secret({ minLength: 32 }),
  /** shared with every service: the caller forwarded in gRPC metadata is signed with it (required in production) */
  CALLER_SIGNING_SECRET: secret({ optional: true, minLength: 32 }),
  ...authConfigSpec,
  ...trafficConfigSpec,
  ...searchCacheConfigSpec,
  ...importsConfigSpec,
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export function loadGatewayConfig(env: Record<string, string | undefined>) {
  const cfg = loadConfig(gatewayConfigSpec, env);
  if (cfg.EVENT_BUS === 'kafka' && !cfg.KAFKA_BROKERS) {
    loadConfig({ KAFKA_BROKERS: list({ description: 'required when EVENT_BUS=kafka' }) }, env);
  }
  if (cfg.NODE_ENV === 'production' && !cfg.CALLER_SIGNING_SECRET) {
    loadConfig(
      {
        CALLER_SIGNING_SECRET: secret({
          minLength: 32,
          description: 'required when NODE_ENV=production (the services must not trust unsigned callers)',
        }),
      },
      env,
    );
  }
  return cfg;
}

export { GATEWAY_CONFIG, GATEWAY_EVENT_BUS, GATEWAY_LOGGER, METRICS_REGISTRY } from './tokens';
