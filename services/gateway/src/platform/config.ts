import { address, int, loadConfig, oneOf, port, str } from '@siapkerja/config';

export const gatewayConfigSpec = {
  PORT: port({ default: 3000 }),
  HOST: str({ default: '0.0.0.0' }),
  JOBS_GRPC_URL: address({ default: '127.0.0.1:50051' }),
  TRAINING_GRPC_URL: address({ default: '127.0.0.1:50052' }),
  CERTIFICATION_GRPC_URL: address({ default: '127.0.0.1:50053' }),
  PLACEMENT_GRPC_URL: address({ default: '127.0.0.1:50054' }),
  ENTREPRENEURSHIP_GRPC_URL: address({ default: '127.0.0.1:50055' }),
  GRPC_DEADLINE_MS: int({ default: 5000, min: 50, max: 60000 }),
  LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, { default: 'info' }),
  PUBLIC_BASE_URL: str({ optional: true, pattern: /^https?:\/\// }),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export function loadGatewayConfig(env: Record<string, string | undefined>) {
  return loadConfig(gatewayConfigSpec, env);
}

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
