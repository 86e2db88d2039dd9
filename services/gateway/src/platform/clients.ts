import { type ServiceKey } from '@siapkerja/contracts';
import { HealthClient, createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import type { GatewayConfig } from './config';

/** One typed gRPC client per backing service (generated from its definition), each call with the configured deadline. */
export class ServiceClients {
  readonly jobs: ServiceClient<'jobs'>;
  readonly training: ServiceClient<'training'>;
  readonly certification: ServiceClient<'certification'>;
  readonly placement: ServiceClient<'placement'>;
  readonly entrepreneurship: ServiceClient<'entrepreneurship'>;
  readonly integration: ServiceClient<'integration'>;
  readonly identity: ServiceClient<'identity'>;
  readonly health: Record<ServiceKey, HealthClient>;

  constructor(cfg: GatewayConfig) {
    const opts = { deadlineMs: cfg.GRPC_DEADLINE_MS, callerSecret: cfg.CALLER_SIGNING_SECRET, callerName: 'gateway' };
    const urls: Record<ServiceKey, string> = {
      jobs: cfg.JOBS_GRPC_URL,
      training: cfg.TRAINING_GRPC_URL,
      certification: cfg.CERTIFICATION_GRPC_URL,
      placement: cfg.PLACEMENT_GRPC_URL,
      entrepreneurship: cfg.ENTREPRENEURSHIP_GRPC_URL,
      integration: cfg.INTEGRATION_GRPC_URL,
      identity: cfg.IDENTITY_GRPC_URL,
    };
    this.jobs = createServiceClient('jobs', urls.jobs, opts);
    this.training = createServiceClient('training', urls.training, opts);
    this.certification = createServiceClient('certification', urls.certification, opts);
    this.placement = createServiceClient('placement', urls.placement, opts);
    this.entrepreneurship = createServiceClient('entrepreneurship', urls.entrepreneurship, opts);
    this.integration = createServiceClient('integration', urls.integration, opts);
    this.identity = createServiceClient('identity', urls.identity, opts);
    this.health = Object.fromEntries(Object.entries(urls).map(([k, u]) => [k, new HealthClient(u)])) as Record<ServiceKey, HealthClient>;
  }

  close(): void {
    for (const c of [this.jobs, this.training, this.certification, this.placement, this.entrepreneurship, this.integration, this.identity])
      c.close();
    for (const h of Object.values(this.health)) h.close();
  }
}
