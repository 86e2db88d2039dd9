import { Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR, HttpAdapterHost } from '@nestjs/core';
import type { MigrationInterface } from 'typeorm';
import { DataSource } from 'typeorm';
import type { Logger } from '@siapkerja/logging';
import { deleteExpiredKeys } from './idempotency';
import { GATEWAY_CONFIG, GATEWAY_LOGGER } from '../platform/tokens';
import { deleteOldWindows } from './rate-limit';
import type { TrafficConfig } from './traffic.config';
import { RateLimitGate, TrafficInterceptor } from './traffic.interceptor';
import { RateLimitWindowSeconds1763800005100, TrafficRateLimitsIdempotency1763800002000 } from './traffic.migrations';

export { BulkLane, BULK_LANE, clearKey, consume, giveBack, rateLimitKey } from './rate-limit';
export { RateLimitGate, TrafficInterceptor } from './traffic.interceptor';

/** Migrations of this module's tables in the gateway database. */
export const trafficMigrations: (new () => MigrationInterface)[] = [
  TrafficRateLimitsIdempotency1763800002000,
  RateLimitWindowSeconds1763800005100,
];

/** TypeORM entities of this module (raw SQL through the DataSource: none). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const trafficEntities: Function[] = [];

const CLEANUP_INTERVAL_MS = 60_000;

/** Applies TRUST_PROXY and deletes old rate-limit windows and expired idempotency keys every minute. */
@Injectable()
export class TrafficMaintenance implements OnModuleInit, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: TrafficConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
    private readonly ds: DataSource,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const trust = this.config.TRUST_PROXY;
    const app = this.adapterHost.httpAdapter?.getInstance?.() as { set?: (k: string, v: unknown) => void } | undefined;
    if (trust !== undefined && app?.set) app.set('trust proxy', trust);
    this.timer = setInterval(() => void this.cleanup(), CLEANUP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async cleanup(): Promise<void> {
    try {
      await deleteOldWindows(this.ds);
      await deleteExpiredKeys(this.ds);
    } catch (e) {
      this.logger.warn({ err: e }, 'traffic cleanup failed (retried in a minute)');
    }
  }
}

/**
 * Rate limits per client / per IP with a bulk lane, and Idempotency-Key replay for /v1 writes;
 * state in the gateway database, shared by every replica.
 */
@Module({
  providers: [TrafficMaintenance, RateLimitGate, { provide: APP_INTERCEPTOR, useClass: TrafficInterceptor }],
  exports: [RateLimitGate],
})
export class TrafficModule {}
