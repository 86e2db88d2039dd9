import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EventBus } from '@siapkerja/events';
import type { Logger } from '@siapkerja/logging';
import type { GatewayConfig } from '../platform/config';

type PlatformTokens = typeof import('../platform/config');

/**
 * The gateway's platform values (config, logger, event bus), looked up when first used instead of
 * injected by token: platform/config imports the feed and webhooks modules (for their config specs), so
 * these modules must not load platform/config while they load themselves (a require cycle would leave
 * its tokens, or this class, uninitialised). The tokens are required lazily, once everything has loaded.
 */
@Injectable()
export class GatewayPlatform {
  constructor(private readonly moduleRef: ModuleRef) {}

  private get tokens(): PlatformTokens {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../platform/config') as PlatformTokens;
  }

  get config(): GatewayConfig {
    return this.moduleRef.get(this.tokens.GATEWAY_CONFIG, { strict: false });
  }

  get logger(): Logger {
    return this.moduleRef.get(this.tokens.GATEWAY_LOGGER, { strict: false });
  }

  get bus(): EventBus {
    return this.moduleRef.get(this.tokens.GATEWAY_EVENT_BUS, { strict: false });
  }
}
