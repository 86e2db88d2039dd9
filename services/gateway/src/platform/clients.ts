import {
  clientConstructor,
  type CertificationMethods,
  type EntrepreneurshipMethods,
  type IdentityMethods,
  type JobsMethods,
  type PlacementMethods,
  type ServiceKey,
  type TrainingMethods,
} from '@siapkerja/contracts';
import { GrpcClient, HealthClient } from '@siapkerja/grpc';
import type { GatewayConfig } from './config';

/** One typed gRPC client per backing service, each call with the configured deadline. */
export class ServiceClients {
  readonly jobs: GrpcClient<JobsMethods>;
  readonly training: GrpcClient<TrainingMethods>;
  readonly certification: GrpcClient<CertificationMethods>;
  readonly placement: GrpcClient<PlacementMethods>;
  readonly entrepreneurship: GrpcClient<EntrepreneurshipMethods>;
  readonly identity: GrpcClient<IdentityMethods>;
  readonly health: Record<ServiceKey, HealthClient>;

  constructor(cfg: GatewayConfig) {
    const opts = { deadlineMs: cfg.GRPC_DEADLINE_MS, callerSecret: cfg.CALLER_SIGNING_SECRET, callerName: 'gateway' };
    const urls: Record<ServiceKey, string> = {
      jobs: cfg.JOBS_GRPC_URL,
      training: cfg.TRAINING_GRPC_URL,
      certification: cfg.CERTIFICATION_GRPC_URL,
      placement: cfg.PLACEMENT_GRPC_URL,
      entrepreneurship: cfg.ENTREPRENEURSHIP_GRPC_URL,
      identity: cfg.IDENTITY_GRPC_URL,
    };
    this.jobs = new GrpcClient(clientConstructor('jobs'), urls.jobs, opts);
    this.training = new GrpcClient(clientConstructor('training'), urls.training, opts);
    this.certification = new GrpcClient(clientConstructor('certification'), urls.certification, opts);
    this.placement = new GrpcClient(clientConstructor('placement'), urls.placement, opts);
    this.entrepreneurship = new GrpcClient(clientConstructor('entrepreneurship'), urls.entrepreneurship, opts);
    this.identity = new GrpcClient(clientConstructor('identity'), urls.identity, opts);
    this.health = Object.fromEntries(Object.entries(urls).map(([k, u]) => [k, new HealthClient(u)])) as Record<ServiceKey, HealthClient>;
  }

  close(): void {
    for (const c of [this.jobs, this.training, this.certification, this.placement, this.entrepreneurship, this.identity]) c.close();
    for (const h of Object.values(this.health)) h.close();
  }
}
