import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EventBus } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import type { Logger } from '@siapkerja/logging';
import type { GatewayConfig } from '../platform/config';
import { GATEWAY_CONFIG, GATEWAY_EVENT_BUS, GATEWAY_LOGGER } from '../platform/tokens';

/** The gateway's platform values (config, logger, event bus, person identity) for its providers. */
@Injectable()
export class GatewayPlatform {
  private personIdentity?: PersonIdentity;

  constructor(private readonly moduleRef: ModuleRef) {}

  /** person id = keyed hash of a NIK (libs/identity), with the platform's PERSON_ID_SECRET */
  get identity(): PersonIdentity {
    return (this.personIdentity ??= new PersonIdentity(this.config.PERSON_ID_SECRET));
  }

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
