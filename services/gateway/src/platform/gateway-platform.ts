import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EventBus } from '@siapkerja/events';
import type { Logger } from '@siapkerja/logging';
import type { GatewayConfig } from '../platform/config';
import { GATEWAY_CONFIG, GATEWAY_EVENT_BUS, GATEWAY_LOGGER } from '../platform/tokens';


/** The gateway's platform values (config, logger, event bus) for the feed and webhooks providers. */
@Injectable()
export class GatewayPlatform {
  constructor(private readonly moduleRef: ModuleRef) {}

  get config(): GatewayConfig {
    return this.moduleRef.get(GATEWAY_CONFIG, { strict: false });
  }

  get logger(): Logger {
    return this.moduleRef.get(GATEWAY_LOGGER, { strict: false });
  }

  get bus(): EventBus {
    return this.moduleRef.get(GATEWAY_EVENT_BUS, { strict: false });
  }
}
